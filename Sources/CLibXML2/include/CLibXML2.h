// Prefixed wrappers over libxml2's streaming reader (xmlTextReader), for untrusted files.
//
// Only plain C types and an opaque handle cross this boundary, as for ICU. The reader is set
// up safe: no network, no DTD loading, no entity substitution, no default attributes; the
// caller bounds the input size and the nesting depth.
#ifndef DRAGOMAN_CLIBXML2_H
#define DRAGOMAN_CLIBXML2_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dm_xml_reader dm_xml_reader;

/// Node types, as libxml2's xmlReaderTypes numbers them.
enum {
    DM_XML_ELEMENT = 1,
    DM_XML_TEXT = 3,
    DM_XML_CDATA = 4,
    DM_XML_ENTITY_REFERENCE = 5,
    DM_XML_DOCUMENT_TYPE = 10,
    DM_XML_WHITESPACE = 13,
    DM_XML_SIGNIFICANT_WHITESPACE = 14,
    DM_XML_END_ELEMENT = 15
};

/// A reader over `length` bytes at `bytes`, which must stay valid until it is closed; NULL when
/// out of memory.
dm_xml_reader *dm_xml_reader_open(const char *bytes, int32_t length);
void dm_xml_reader_close(dm_xml_reader *reader);

/// Moves to the next node: 1 when there is one, 0 at the end, -1 on an error (see below).
int32_t dm_xml_reader_next(dm_xml_reader *reader);
int32_t dm_xml_reader_node_type(dm_xml_reader *reader);
/// The qualified name ("xml:lang", "gls:glossary") of the current node, as UTF-8.
const char *dm_xml_reader_name(dm_xml_reader *reader);
/// The text of a text node or the value of an attribute, as UTF-8; NULL for none.
const char *dm_xml_reader_value(dm_xml_reader *reader);
int32_t dm_xml_reader_depth(dm_xml_reader *reader);
int32_t dm_xml_reader_is_empty_element(dm_xml_reader *reader);
/// Moves to the first (`first` non-zero) or next attribute of the current element: 1 when
/// there is one, 0 when there is none (the reader then stays where it was).
int32_t dm_xml_reader_move_to_attribute(dm_xml_reader *reader, int32_t first);
/// Back from an attribute to its element.
void dm_xml_reader_move_to_element(dm_xml_reader *reader);
/// The parser's position: line from 1, column from 1.
int32_t dm_xml_reader_line(dm_xml_reader *reader);
int32_t dm_xml_reader_column(dm_xml_reader *reader);
/// Whether the current node, a document type, declares any entity (general or parameter).
int32_t dm_xml_reader_declares_entities(dm_xml_reader *reader);

/// The first error met: libxml2's code (0 when none), its message, line and column.
int32_t dm_xml_reader_error_code(dm_xml_reader *reader);
const char *dm_xml_reader_error_message(dm_xml_reader *reader);
int32_t dm_xml_reader_error_line(dm_xml_reader *reader);
int32_t dm_xml_reader_error_column(dm_xml_reader *reader);

#ifdef __cplusplus
}
#endif

#endif
