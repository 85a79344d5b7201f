// libxml2 is built with ICU support, so its encoding.h includes <unicode/ucnv.h>. Importing those ICU
// declarations clashes with Foundation's own copy of ICU (_FoundationICU) in any Swift file that imports
// both. The HTML parser never needs the ICU converter types, so declare the two it mentions opaquely
// and skip the ICU header.
#ifndef UCNV_H
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef unsigned short UChar;
#endif
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
