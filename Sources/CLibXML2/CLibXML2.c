#include "CLibXML2.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct dm_xml_reader {
    xmlTextReaderPtr reader;
    int32_t error_code;
    int32_t error_line;
    int32_t error_column;
    char error_message[512];
};

static pthread_once_t initialised = PTHREAD_ONCE_INIT;

static void initialise(void) { xmlInitParser(); }

// Keeps the first error (warnings aside): it is the cause, later ones follow from it.
static void record_error(void *context, xmlErrorPtr error) {
    dm_xml_reader *wrapper = context;
    if (error == NULL || error->level < XML_ERR_ERROR || wrapper->error_code != 0) return;
    wrapper->error_code = error->code != 0 ? error->code : -1;
    wrapper->error_line = error->line;
    wrapper->error_column = error->int2;
    const char *message = error->message != NULL ? error->message : "";
    strncpy(wrapper->error_message, message, sizeof(wrapper->error_message) - 1);
    wrapper->error_message[sizeof(wrapper->error_message) - 1] = 0;
    size_t length = strlen(wrapper->error_message);
    while (length > 0 && (wrapper->error_message[length - 1] == '\n' || wrapper->error_message[length - 1] == ' ')) {
        wrapper->error_message[--length] = 0;
    }
}

dm_xml_reader *dm_xml_reader_open(const char *bytes, int32_t length) {
    pthread_once(&initialised, initialise);
    dm_xml_reader *wrapper = calloc(1, sizeof(dm_xml_reader));
    if (wrapper == NULL) return NULL;
    // No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR/DTDVALID; HUGE lifts
    // libxml2's own depth and text-node limits, which the caller replaces with its own.
    int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_HUGE | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
        | XML_PARSE_BIG_LINES;
    wrapper->reader = xmlReaderForMemory(bytes, length, NULL, NULL, options);
    if (wrapper->reader == NULL) {
        free(wrapper);
        return NULL;
    }
    xmlTextReaderSetStructuredErrorHandler(wrapper->reader, record_error, wrapper);
    return wrapper;
}

void dm_xml_reader_close(dm_xml_reader *reader) {
    if (reader == NULL) return;
    xmlFreeTextReader(reader->reader);
    free(reader);
}

int32_t dm_xml_reader_next(dm_xml_reader *reader) {
    int result = xmlTextReaderRead(reader->reader);
    if (result < 0 || reader->error_code != 0) {
        if (reader->error_code == 0) {
            reader->error_code = -1;
            strcpy(reader->error_message, "the document could not be read");
        }
        return -1;
    }
    return result;
}

int32_t dm_xml_reader_node_type(dm_xml_reader *reader) { return xmlTextReaderNodeType(reader->reader); }

const char *dm_xml_reader_name(dm_xml_reader *reader) {
    const xmlChar *name = xmlTextReaderConstName(reader->reader);
    return name != NULL ? (const char *)name : "";
}

const char *dm_xml_reader_value(dm_xml_reader *reader) {
    return (const char *)xmlTextReaderConstValue(reader->reader);
}

int32_t dm_xml_reader_depth(dm_xml_reader *reader) { return xmlTextReaderDepth(reader->reader); }

int32_t dm_xml_reader_is_empty_element(dm_xml_reader *reader) {
    return xmlTextReaderIsEmptyElement(reader->reader) == 1;
}

int32_t dm_xml_reader_move_to_attribute(dm_xml_reader *reader, int32_t first) {
    int result = first ? xmlTextReaderMoveToFirstAttribute(reader->reader)
                       : xmlTextReaderMoveToNextAttribute(reader->reader);
    return result == 1;
}

void dm_xml_reader_move_to_element(dm_xml_reader *reader) { xmlTextReaderMoveToElement(reader->reader); }

// The line of the node the reader is on (where its start tag is); the parser's own position is
// ahead of it by whatever it has buffered, in a small file its end.
int32_t dm_xml_reader_line(dm_xml_reader *reader) {
    xmlNodePtr node = xmlTextReaderCurrentNode(reader->reader);
    long line = node == NULL ? 0 : xmlGetLineNo(node);
    return line > 0 ? (int32_t)line : xmlTextReaderGetParserLineNumber(reader->reader);
}

int32_t dm_xml_reader_column(dm_xml_reader *reader) { return xmlTextReaderGetParserColumnNumber(reader->reader); }

int32_t dm_xml_reader_declares_entities(dm_xml_reader *reader) {
    xmlNodePtr node = xmlTextReaderCurrentNode(reader->reader);
    if (node == NULL || node->type != XML_DTD_NODE) return 0;
    xmlDtdPtr dtd = (xmlDtdPtr)node;
    return dtd->entities != NULL || dtd->pentities != NULL;
}

int32_t dm_xml_reader_error_code(dm_xml_reader *reader) { return reader->error_code; }
const char *dm_xml_reader_error_message(dm_xml_reader *reader) { return reader->error_message; }
int32_t dm_xml_reader_error_line(dm_xml_reader *reader) { return reader->error_line; }
int32_t dm_xml_reader_error_column(dm_xml_reader *reader) { return reader->error_column; }
