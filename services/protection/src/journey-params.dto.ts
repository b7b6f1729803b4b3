import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid', description: 'The pseudonymous journey id' })
  @IsUUID('all', { message: 'journeyId must be a journey id (UUID)' })
  journeyId: string;
}

export class IdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
