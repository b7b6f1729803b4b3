import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class JourneyParamsDto {
  @ApiProperty({ format: 'uuid', description: 'Pseudonymous journey id' })
  @IsUUID()
  journeyId: string;
}

export class RecordParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
