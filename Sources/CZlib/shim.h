#ifndef FEEDBRIDGE_CZLIB_SHIM_H
#define FEEDBRIDGE_CZLIB_SHIM_H

#include <zlib.h>

// `deflateInit2` is a macro (it passes the zlib version and the struct size), so Swift
// cannot call it: this wrapper opens a gzip stream (window bits 15 + 16 = gzip header).
static inline int feedbridge_deflateInitGzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
