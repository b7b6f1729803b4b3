import { ConflictException, Injectable } from '@nestjs/common';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { InterpretationBookedEvent } from '@harbour/contracts';
import { justiceFact } from '../facts/justice-fact';
import { HearingNotFoundError } from './hearing-not-found.error';
import { HearingRepository } from './hearing.repository';

export interface InterpretationBookingReceipt {
  hearingId: string;
  bookingId: string;
  bookedAt: string;
}

/**
 * Records that an interpreter was booked for a hearing that needs one; the fact meets the
 * journey's VRD Art 7 clock. A hearing has one booking: booking again answers with it.
 */
@Injectable()
export class BookInterpretation {
  constructor(private readonly hearings: HearingRepository) {}

  async execute(hearingId: string, bookedBy: string): Promise<InterpretationBookingReceipt> {
    const hearing = await this.hearings.findById(hearingId);
    if (!hearing) throw new HearingNotFoundError(hearingId);
    if (!hearing.interpreterLanguage) throw new ConflictException('this hearing needs no interpreter: none can be booked');
    if (hearing.interpretationBooking) return receipt(hearingId, hearing.interpretationBooking);

    const booking = { bookingId: randomUUID(), bookedAt: new Date(), bookedBy };
    const fact = justiceFact(InterpretationBookedEvent, hearing.journeyId, booking.bookedAt, {
      hearingId,
      bookingId: booking.bookingId,
      bookedAt: booking.bookedAt.toISOString(),
    });
    const booked = await this.hearings.updateWithFacts(
      hearing.journeyId,
      { _id: hearingId, interpretationBooking: mongoose.trusted({ $exists: false }) },
      { $set: { interpretationBooking: booking } },
      [fact],
    );
    if (booked) return receipt(hearingId, booking);
    // Another request booked it first: answer with that booking.
    const first = await this.hearings.findById(hearingId);
    return receipt(hearingId, first!.interpretationBooking!);
  }
}

function receipt(hearingId: string, booking: { bookingId: string; bookedAt: Date }): InterpretationBookingReceipt {
  return { hearingId, bookingId: booking.bookingId, bookedAt: booking.bookedAt.toISOString() };
}
