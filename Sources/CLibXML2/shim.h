#ifndef FEEDBRIDGE_CLIBXML2_SHIM_H
#define FEEDBRIDGE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes the
// system ICU headers, whose `UErrorCode` clashes with Foundation's own ICU copy on
// every clean build. FeedBridge never uses libxml2's ICU converters (it decodes to
// UTF-8 itself, see FeedParse/Decoding), so the ICU part of the headers is switched
// off. Consequence: Swift must never read the fields of `xmlCharEncodingHandler`.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

#endif
