// Prefixed wrappers over the system ICU C API.
//
// Only plain C types and opaque handles cross this boundary: Foundation on Linux carries a
// private ICU, so ICU's own headers must never be visible to a Swift module. Status codes are
// ICU's UErrorCode values as int32_t: negative means success with a warning, positive an error.
#ifndef DRAGOMAN_CICU_H
#define DRAGOMAN_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dm_transliterator dm_transliterator;
typedef struct dm_break_iterator dm_break_iterator;

/// ICU's name for a status code ("U_INVALID_ID", …).
const char *dm_error_name(int32_t status);
/// The ICU version as "72.1".
void dm_icu_version(char *buffer, int32_t capacity);

// MARK: Normalisation

enum {
    DM_NORM_NFC = 0,
    DM_NORM_NFD = 1,
    DM_NORM_NFKC = 2,
    DM_NORM_NFKD = 3,
    DM_NORM_NFKC_CASEFOLD = 4
};

/// Normalises `source` into `dest`; returns the full result length (which may exceed
/// `capacity`, with status U_BUFFER_OVERFLOW_ERROR).
int32_t dm_normalize(int32_t form, const uint16_t *source, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);
/// 1 when `source` is already in the given form.
int32_t dm_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status);

// MARK: Transliteration

/// Opens a system transform by ID ("Any-Latin; Latin-ASCII").
dm_transliterator *dm_translit_open_id(const uint16_t *id, int32_t idLength, int32_t *status);
/// Compiles a transform from rule text. On a syntax error `errorLine` and `errorOffset`
/// locate the problem in `rules`.
dm_transliterator *dm_translit_open_rules(const uint16_t *id, int32_t idLength,
                                          const uint16_t *rules, int32_t rulesLength,
                                          int32_t *errorLine, int32_t *errorOffset,
                                          int32_t *status);
dm_transliterator *dm_translit_clone(const dm_transliterator *trans, int32_t *status);
void dm_translit_close(dm_transliterator *trans);
/// Transforms `text[0..<*length]` in place. On U_BUFFER_OVERFLOW_ERROR `*length` holds the
/// needed length and the buffer content is undefined.
void dm_translit_transform(const dm_transliterator *trans, uint16_t *text, int32_t *length,
                           int32_t capacity, int32_t *status);
/// Number of available system transform IDs.
int32_t dm_translit_count_ids(void);
/// Writes the transform ID at `index` into `buffer`; returns its length.
int32_t dm_translit_id_at(int32_t index, uint16_t *buffer, int32_t capacity, int32_t *status);

// MARK: Break iteration

enum {
    DM_BREAK_CHARACTER = 0,
    DM_BREAK_WORD = 1,
    DM_BREAK_LINE = 2,
    DM_BREAK_SENTENCE = 3
};

dm_break_iterator *dm_break_open(int32_t kind, const char *locale, int32_t *status);
dm_break_iterator *dm_break_clone(const dm_break_iterator *iterator, int32_t *status);
void dm_break_close(dm_break_iterator *iterator);
/// Sets `text` and writes every boundary after 0 into `boundaries` (and, when `ruleStatus`
/// is not NULL, the rule status of the piece ending there). Returns the number of
/// boundaries, which may exceed `capacity`; then only `capacity` were written. The iterator
/// forgets the text before returning, so the caller's buffer need not outlive the call.
int32_t dm_break_boundaries(dm_break_iterator *iterator, const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *ruleStatus, int32_t capacity,
                            int32_t *status);

// MARK: Locale data (CLDR inside ICU)

/// The ISO 3166 territory code at `index`, or NULL past the end.
const char *dm_region_code_at(int32_t index);
/// The name of `region` ("DE") in `displayLocale` ("de"); returns its length.
int32_t dm_region_name(const char *region, const char *displayLocale, uint16_t *buffer, int32_t capacity,
                       int32_t *status);
/// Number of canonical time zones that stand for a location (Europe/Moscow, not Etc/GMT+3).
int32_t dm_location_zone_count(int32_t *status);
/// The zone ID at `index` of those; returns its length.
int32_t dm_location_zone_at(int32_t index, char *buffer, int32_t capacity, int32_t *status);
/// The exemplar city of `zoneID` in `locale` from the zone resource bundles, or 0 when the
/// locale data derives it from the ID.
int32_t dm_exemplar_city(const char *zoneID, const char *locale, uint16_t *buffer, int32_t capacity,
                         int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
