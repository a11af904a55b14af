import { InlineKeyboard } from 'grammy';
import type { Choice } from '../../src/core/message.ts';

/** Telegram refuses longer texts. */
export const TEXT_LIMIT = 4096;
export { splitText } from '../common.ts';
/** Telegram refuses longer callback data (bytes). */
const CALLBACK_DATA_LIMIT = 64;
/** The prefix of callback data that carries a choice's number instead of its value (the value was too long). */
const NUMBER_PREFIX = '#';

/** What a button sends back: the choice's value when it fits, else its number (which the core also accepts). */
export const callbackData = (choice: Choice, index: number): string =>
  Buffer.byteLength(choice.value) <= CALLBACK_DATA_LIMIT ? choice.value : `${NUMBER_PREFIX}${index + 1}`;

/** The text the core receives for a pressed button. */
export const choiceText = (data: string): string => (data.startsWith(NUMBER_PREFIX) && /^#\d+$/.test(data) ? data.slice(1) : data);

/**
 * A message with its choices as inline buttons: one per row (labels are phrases), small ones (rating an answer)
 * side by side. A choice's detail cannot go on a button, so when choices carry details the text lists them
 * numbered and the buttons carry the numbers.
 */
export function renderWithButtons(text: string, choices: Choice[] | undefined): { text: string; keyboard?: InlineKeyboard } {
  if (!choices?.length) return { text };
  const withDetails = choices.some((c) => c.detail);
  const body = withDetails ? `${text}\n${choices.map((c, i) => `${i + 1}. ${c.label}${c.detail ? `:${c.detail}` : ''}`).join('\n')}` : text;
  const keyboard = new InlineKeyboard();
  choices.forEach((choice, i) => {
    keyboard.text(withDetails ? `${i + 1}. ${choice.label}` : choice.label, callbackData(choice, i));
    const next = choices[i + 1];
    if (next && !(choice.minor && next.minor)) keyboard.row();
  });
  return { text: body, keyboard };
}
