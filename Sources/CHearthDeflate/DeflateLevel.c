// Cairo 1.16 compresses every PDF content stream with zlib at the default level (6) and offers no way to ask for
// less. For Hearth's pages, drawn paths as text, level 6 spends about 15% of a booklet's whole run to make the
// file about 13% smaller than level 1 does. This definition of zlib's deflateInit_ sits in the executable, so the
// dynamic linker binds Cairo's calls to it rather than to libz's own (ordinary ELF interposition), and it asks
// zlib for its fastest level whenever the caller asked for the default. Callers that name a level get it; libpng
// uses deflateInit2_ and is not affected. Output stays deterministic: the level is fixed.
#include <zlib.h>

#include "CHearthDeflate.h"

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = hearth_deflate_level;
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
