/**
 * Wanting something as well as what one has ("广州的也要", "加上洪湖的"): one list for the subscription handler, which
 * widens a subscription, and the follow-up layer, which reads a place said so right after subscribing.
 */
/** Said after the thing wanted as well ("广州的也要"). */
export const ALSO_AFTER = '也要|也订|也加上|也算上|也发|还要';
/** Said before it ("加上洪湖的"). */
export const ALSO_BEFORE = '加上|再加';
