#pragma once
#include <stddef.h>

/// A compressor at level 1, or NULL when out of memory. One compressor serves one thread.
void *hearth_deflate_create(void);
void hearth_deflate_destroy(void *compressor);

/// The most bytes `hearth_deflate` can write for `length` bytes of input.
size_t hearth_deflate_bound(void *compressor, size_t length);

/// Compresses `source` into `destination` as one zlib stream; returns the bytes written, or 0 when `capacity`
/// was too small.
size_t hearth_deflate(void *compressor, const unsigned char *source, size_t length, unsigned char *destination,
                      size_t capacity);
