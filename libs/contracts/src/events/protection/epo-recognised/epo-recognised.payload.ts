import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { EpoRecognitionDecision, EpoRecognitionDecisions } from '../../../vocabulary/vocabulary';

/** The executing state decided on recognising a European Protection Order (Directive 2011/99/EU Art 9, 10). */
export class EpoRecognised {
  @IsUUID()
  epoId: string;

  @IsIn(EpoRecognitionDecisions)
  decision: EpoRecognitionDecision;

  @IsISO8601({ strict: true })
  recognisedAt: string;
}
