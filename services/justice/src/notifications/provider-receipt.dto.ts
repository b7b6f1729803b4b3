import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { IsWithinCalendarYears } from '@harbour/contracts';

export const ProviderReceiptOutcomes = ['delivered', 'failed'] as const;
export type ProviderReceiptOutcome = (typeof ProviderReceiptOutcomes)[number];

/** What an SMS gateway or postal provider reports about a message it took from its outbox. */
export class ProviderReceiptDto {
  @ApiProperty({ enum: ['sms', 'letter'] })
  @IsIn(['sms', 'letter'])
  channel: 'sms' | 'letter';

  @ApiProperty({ format: 'uuid', description: "The message's id in the provider outbox (the milestone it tells of)" })
  @IsUUID(undefined, { message: 'providerMessageId must be the id of a message in the provider outbox (UUID)' })
  providerMessageId: string;

  @ApiProperty({ enum: ProviderReceiptOutcomes, description: 'delivered: the handset or the addressee received it; failed: it could not be delivered' })
  @IsIn(ProviderReceiptOutcomes)
  outcome: ProviderReceiptOutcome;

  @ApiProperty({ format: 'date-time', description: 'When the provider delivered it or gave up' })
  @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 date-time' })
  @IsWithinCalendarYears()
  at: string;

  @ApiPropertyOptional({ description: "The provider's own reference for the receipt (its message id or tracking number); codes only, no address" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,120}$/, { message: 'providerReference must be 1-120 letters, digits or . _ : -' })
  providerReference?: string;

  @ApiPropertyOptional({ description: "Why it failed, as the provider's code, e.g. 'unreachable' or 'returned-to-sender'" })
  @ValidateIf((receipt: ProviderReceiptDto) => receipt.outcome === 'failed' || receipt.failureCode !== undefined)
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'failureCode must be a code of 1-40 lower-case letters, digits or hyphens, given for a failed delivery' })
  failureCode?: string;
}
