// PDF streams are compressed with libdeflate at its fastest level. Hearth's pages are mostly drawn paths written
// as numbers; libdeflate's level 1 makes a file as small as zlib's level 1 in about a third of the time, and
// zlib's default level took longer than drawing the whole booklet.
#include <libdeflate.h>

#include "CHearthDeflate.h"

void *hearth_deflate_create(void) { return libdeflate_alloc_compressor(1); }

void hearth_deflate_destroy(void *compressor) {
    if (compressor) libdeflate_free_compressor(compressor);
}

size_t hearth_deflate_bound(void *compressor, size_t length) {
    return libdeflate_zlib_compress_bound(compressor, length);
}

size_t hearth_deflate(void *compressor, const unsigned char *source, size_t length, unsigned char *destination,
                      size_t capacity) {
    if (!compressor) return 0;
    return libdeflate_zlib_compress(compressor, source, length, destination, capacity);
}
