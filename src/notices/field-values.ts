/**
 * A subscription (and a notice) keeps several places, or several kinds of event, in one text column, in the order
 * chosen and parted by 、 ("上海、苏州", "节日、创业培训"). No value means "all".
 */
const APART = '、';

/** The values one such column holds; none for all. */
export const valuesOf = (field: string | null | undefined): string[] => (field ? field.split(APART).filter(Boolean) : []);

/** The column that keeps these values; none for all. */
export const valuesField = (values: readonly string[]): string | undefined => (values.length ? values.join(APART) : undefined);
