import type { Recipient } from '../core/message.ts';
import type { IdentityStore } from '../identity/identity.ts';
import type { Db } from '../store/db.ts';
import { createBookingRepo, isSlotTaken, type Booking, type NewBooking } from './bookings.ts';
import { awayAt, createMentorRepo, type Mentor } from './mentors.ts';
import { matchingMentors, offerSlots, type Slot, type SlotQuery } from './slots.ts';
import { DAY_MS, HOUR_MS } from './time.ts';

export interface BookingSettings {
  /** No booking starts sooner than this after now. */
  leadMs: number;
  /** How far ahead slots are searched. */
  horizonMs: number;
  /** No cancelling or moving within this long of the start. */
  changeCutoffMs: number;
}

const DEFAULT_BOOKING_SETTINGS: BookingSettings = { leadMs: 2 * HOUR_MS, horizonMs: 28 * DAY_MS, changeCutoffMs: 2 * HOUR_MS };

export type BookResult = { ok: true; booking: Booking } | { ok: false; reason: 'taken' };

/**
 * Consultation booking, independent of chat: the mentor pool, free slots, bookings and their changes.
 * The chat form (handlers) and the admin CLI both use it.
 */
export function createBookingService(db: Db, identities: IdentityStore, settings: BookingSettings = DEFAULT_BOOKING_SETTINGS) {
  const mentors = createMentorRepo(db);
  const bookings = createBookingRepo(db);
  /** Whether a slot offered earlier may still be booked as far as its mentor goes (active, not paused then). */
  const stillOffered = (slot: Slot): boolean => {
    const mentor = mentors.get(slot.mentorId);
    return !!mentor?.active && !awayAt(mentor, slot.start);
  };

  return {
    mentors,
    bookings,
    settings,
    /** Up to three slots for the query, from the mentors who fit, fairly spread. */
    findSlots(q: Omit<SlotQuery, 'from' | 'until'> & { from?: number; until?: number; onlyMentor?: number }, now: number): Slot[] {
      const from = Math.max(q.from ?? 0, now + settings.leadMs);
      const until = q.until ?? now + settings.horizonMs;
      if (from > until) return [];
      const pool = matchingMentors(
        mentors.active().filter((m) => q.onlyMentor === undefined || m.id === q.onlyMentor),
        q,
      );
      if (!pool.length) return [];
      const ids = pool.map((m) => m.id);
      return offerSlots(pool, bookings.busy(ids, from, until + DAY_MS), bookings.loads(ids, now), { ...q, from, until });
    },
    /**
     * Books the slot; when someone took it meanwhile, or its mentor has since paused or left the pool, says so and
     * books nothing.
     */
    book(b: NewBooking, now: Date): BookResult {
      if (!stillOffered(b.slot)) return { ok: false, reason: 'taken' };
      try {
        return { ok: true, booking: bookings.create(b, now) };
      } catch (error) {
        if (isSlotTaken(error)) return { ok: false, reason: 'taken' };
        throw error;
      }
    },
    /** Moves a booking; false when the new slot is taken. */
    move(booking: Booking, slot: Slot, now: Date): boolean {
      if (!stillOffered(slot)) return false;
      try {
        bookings.move(booking.id, slot, now);
        return true;
      } catch (error) {
        if (isSlotTaken(error)) return false;
        throw error;
      }
    },
    /** Whether the booking may still be cancelled or moved (not within the cut-off before its start). */
    changeable: (booking: Booking, now: number) => booking.start - now > settings.changeCutoffMs,
    /** Where a person can be reached: the first chat account on record. */
    reach(person: string, chatId?: string): Recipient | undefined {
      const [account] = identities.accountsOf(person);
      return account ? { platform: account.platform, userId: account.userId, chatId: chatId ?? account.userId } : undefined;
    },
    mentorReach(mentor: Mentor): Recipient | undefined {
      return mentor.person ? this.reach(mentor.person) : undefined;
    },
  };
}

export type BookingService = ReturnType<typeof createBookingService>;
