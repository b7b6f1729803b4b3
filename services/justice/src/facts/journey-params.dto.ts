import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid', description: "The victim's pseudonymous journey" })
  @IsUUID(undefined, { message: 'journeyId must be a journey id (UUID)' })
  journeyId: string;
}
