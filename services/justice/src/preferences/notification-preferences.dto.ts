import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  isEmail,
  IsBoolean,
  IsIn,
  ValidateIf,
  IsString,
  Length,
  Matches,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { LANGUAGE_CODE } from '@harbour/contracts';
import { NotificationChannelName, NotificationChannels } from '../justice-vocabulary';

const PHONE_E164 = /^\+[1-9][0-9]{6,14}$/;

@ValidatorConstraint({ name: 'addressFitsChannel' })
class AddressFitsChannel implements ValidatorConstraintInterface {
  validate(address: unknown, { object }: ValidationArguments): boolean {
    const { channel } = object as NotificationPreferencesDto;
    if (typeof address !== 'string') return false;
    if (channel === 'email') return isEmail(address);
    if (channel === 'sms') return PHONE_E164.test(address);
    return true;
  }

  defaultMessage({ object }: ValidationArguments): string {
    const { channel } = object as NotificationPreferencesDto;
    return channel === 'sms'
      ? 'address must be a phone number in E.164 form (e.g. "+32470123456") for the sms channel'
      : 'address must be an e-mail address for the email channel';
  }
}

/** A channel is needed only to tell the victim something; one given anyway is checked all the same. */
const channelNeeded = (choices: NotificationPreferencesDto, value: unknown) => choices.wantsCaseUpdates || choices.wantsReleaseNotices || value !== undefined;

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Decision not to prosecute, charges, trial date and place, judgement, state of proceedings (VRD Art 6(1),(2))' })
  @IsBoolean()
  wantsCaseUpdates: boolean;

  @ApiProperty({ description: "The offender's release or escape (VRD Art 6(5))" })
  @IsBoolean()
  wantsReleaseNotices: boolean;

  @ApiProperty({ example: 'fr', description: 'The language to write to the victim in (ISO 639-1); one Harbour has notification texts for' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639-1 code such as "en"' })
  language: string;

  @ApiPropertyOptional({ enum: NotificationChannels, description: 'Required when the victim wants any information' })
  @ValidateIf(channelNeeded)
  @IsIn(NotificationChannels, { message: `channel must be one of: ${NotificationChannels.join(', ')}` })
  channel?: NotificationChannelName;

  @ApiPropertyOptional({ description: 'The victim said this channel is safe to reach them on; Harbour never writes on a channel not marked safe' })
  @ValidateIf(channelNeeded)
  @IsBoolean()
  channelMarkedSafe?: boolean;

  @ApiPropertyOptional({ example: 'victim@example.org', description: 'E-mail address, phone number (E.164) or postal address on the channel; stored encrypted, never published' })
  @ValidateIf(channelNeeded)
  @IsString()
  @Length(3, 300)
  @Validate(AddressFitsChannel)
  address?: string;
}
