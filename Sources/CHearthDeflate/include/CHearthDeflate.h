#pragma once
// CHearthDeflate has no API: it only replaces zlib's deflateInit_ for the whole process (see DeflateLevel.c).
// Swift code imports this module to name the dependency; this constant says which level streams get.
enum { hearth_deflate_level = 1 };
