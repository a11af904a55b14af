import { startBooking } from './booking-form.ts';
import type { Handler } from './handler.ts';

/** Books a consultation with a mentor as a short form in chat; what the first message says is not asked again. */
export const consultBook: Handler = (ctx) => {
  startBooking(ctx);
};
