#include "CICU.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/uenum.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *dm_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void dm_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
    switch (form) {
    case DM_NORM_NFC: return unorm2_getNFCInstance(status);
    case DM_NORM_NFD: return unorm2_getNFDInstance(status);
    case DM_NORM_NFKC: return unorm2_getNFKCInstance(status);
    case DM_NORM_NFKD: return unorm2_getNFKDInstance(status);
    case DM_NORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t dm_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *dest,
                     int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize(norm, (const UChar *)source, length, (UChar *)dest, capacity, &code);
    }
    *status = code;
    return result;
}

int32_t dm_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer(form, &code);
    UBool result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_isNormalized(norm, (const UChar *)source, length, &code);
    }
    *status = code;
    return result ? 1 : 0;
}

dm_transliterator *dm_translit_open_id(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0,
                                          &parseError, &code);
    *status = code;
    return (dm_transliterator *)trans;
}

dm_transliterator *dm_translit_open_rules(const uint16_t *id, int32_t idLength,
                                          const uint16_t *rules, int32_t rulesLength,
                                          int32_t *errorLine, int32_t *errorOffset,
                                          int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                          (const UChar *)rules, rulesLength, &parseError, &code);
    *errorLine = parseError.line;
    *errorOffset = parseError.offset;
    *status = code;
    return (dm_transliterator *)trans;
}

dm_transliterator *dm_translit_clone(const dm_transliterator *trans, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *copy = utrans_clone((const UTransliterator *)trans, &code);
    *status = code;
    return (dm_transliterator *)copy;
}

void dm_translit_close(dm_transliterator *trans) { utrans_close((UTransliterator *)trans); }

void dm_translit_transform(const dm_transliterator *trans, uint16_t *text, int32_t *length,
                           int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)trans, (UChar *)text, length, capacity, 0, &limit,
                       &code);
    *status = code;
}

int32_t dm_translit_count_ids(void) { return utrans_countAvailableIDs(); }

int32_t dm_translit_id_at(int32_t index, uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *ids = utrans_openIDs(&code);
    int32_t length = 0;
    const UChar *id = NULL;
    for (int32_t i = 0; U_SUCCESS(code) && i <= index; i++) {
        id = uenum_unext(ids, &length, &code);
        if (id == NULL) break;
    }
    int32_t result = 0;
    if (U_SUCCESS(code) && id != NULL) {
        result = length;
        memcpy(buffer, id, sizeof(UChar) * (size_t)(length < capacity ? length : capacity));
    } else if (U_SUCCESS(code)) {
        code = U_INDEX_OUTOFBOUNDS_ERROR;
    }
    if (ids) uenum_close(ids);
    *status = code;
    return result;
}

dm_break_iterator *dm_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = code;
    return (dm_break_iterator *)iterator;
}

dm_break_iterator *dm_break_clone(const dm_break_iterator *iterator, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *copy = ubrk_clone((const UBreakIterator *)iterator, &code);
    *status = code;
    return (dm_break_iterator *)copy;
}

void dm_break_close(dm_break_iterator *iterator) { ubrk_close((UBreakIterator *)iterator); }

int32_t dm_break_boundaries(dm_break_iterator *iterator, const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *ruleStatus, int32_t capacity,
                            int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *bi = (UBreakIterator *)iterator;
    ubrk_setText(bi, (const UChar *)text, length, &code);
    int32_t count = 0;
    if (U_SUCCESS(code)) {
        ubrk_first(bi);
        for (int32_t next = ubrk_next(bi); next != UBRK_DONE; next = ubrk_next(bi)) {
            if (count < capacity) {
                boundaries[count] = next;
                if (ruleStatus != NULL) ruleStatus[count] = ubrk_getRuleStatus(bi);
            }
            count++;
        }
        // Detach from the caller's buffer.
        UErrorCode ignored = U_ZERO_ERROR;
        static const UChar empty[1] = {0};
        ubrk_setText(bi, empty, 0, &ignored);
    }
    *status = code;
    return count;
}

const char *dm_region_code_at(int32_t index) {
    const char *const *codes = uloc_getISOCountries();
    for (int32_t i = 0; codes[i] != NULL; i++) {
        if (i == index) return codes[i];
    }
    return NULL;
}

int32_t dm_region_name(const char *region, const char *displayLocale, uint16_t *buffer, int32_t capacity,
                       int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    char locale[16];
    snprintf(locale, sizeof locale, "_%s", region);
    int32_t length = uloc_getDisplayCountry(locale, displayLocale, (UChar *)buffer, capacity, &code);
    *status = code;
    return length;
}

static UEnumeration *location_zones(UErrorCode *code) {
    return ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, code);
}

int32_t dm_location_zone_count(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *zones = location_zones(&code);
    int32_t count = U_SUCCESS(code) ? uenum_count(zones, &code) : 0;
    if (zones) uenum_close(zones);
    *status = code;
    return count;
}

int32_t dm_location_zone_at(int32_t index, char *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *zones = location_zones(&code);
    int32_t length = 0;
    const char *id = NULL;
    for (int32_t i = 0; U_SUCCESS(code) && i <= index; i++) {
        id = uenum_next(zones, &length, &code);
        if (id == NULL) break;
    }
    int32_t result = 0;
    if (U_SUCCESS(code) && id != NULL) {
        result = length;
        if (length < capacity) {
            memcpy(buffer, id, (size_t)length);
            buffer[length] = 0;
        }
    } else if (U_SUCCESS(code)) {
        code = U_INDEX_OUTOFBOUNDS_ERROR;
    }
    if (zones) uenum_close(zones);
    *status = code;
    return result;
}

int32_t dm_exemplar_city(const char *zoneID, const char *locale, uint16_t *buffer, int32_t capacity,
                         int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    char key[128];
    size_t i = 0;
    for (; zoneID[i] != 0 && i < sizeof key - 1; i++) key[i] = zoneID[i] == '/' ? ':' : zoneID[i];
    key[i] = 0;
    // The zone tree of the ICU data ("icudt72l-zone"); only public resource-bundle calls.
    UResourceBundle *zones = ures_open(U_ICUDATA_NAME "-zone", locale, &code);
    UResourceBundle *strings = ures_getByKey(zones, "zoneStrings", NULL, &code);
    UResourceBundle *zone = ures_getByKey(strings, key, NULL, &code);
    int32_t length = 0;
    const UChar *city = ures_getStringByKey(zone, "ec", &length, &code);
    int32_t result = 0;
    if (U_SUCCESS(code) && city != NULL) {
        result = length;
        memcpy(buffer, city, sizeof(UChar) * (size_t)(length < capacity ? length : capacity));
        *status = U_ZERO_ERROR;
    } else {
        // Missing in this locale's data: the city name is derived from the zone ID.
        *status = code == U_MISSING_RESOURCE_ERROR ? U_ZERO_ERROR : code;
    }
    ures_close(zone);
    ures_close(strings);
    ures_close(zones);
    return result;
}
