#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when ICU support is
   enabled; they clash with the ICU copy inside Foundation. kg never touches
   the ICU members of xmlCharEncodingHandler, so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#endif
