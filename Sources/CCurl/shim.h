#ifndef FEEDBRIDGE_CCURL_SHIM_H
#define FEEDBRIDGE_CCURL_SHIM_H
#include <curl/curl.h>
#endif
