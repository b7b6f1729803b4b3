import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsObject, IsOptional, ValidateNested } from 'class-validator';

/** A Temporal payload as the codec server protocol carries it: metadata values and data in base64. */
export class PayloadDto {
  @IsOptional()
  @IsObject({ message: 'payload metadata must be an object of base64 strings' })
  metadata?: Record<string, string>;

  @IsOptional()
  @IsBase64(undefined, { message: 'payload data must be base64' })
  data?: string;
}

/** `{ payloads: [...] }` of the codec server protocol's /decode. */
export class PayloadsDto {
  @IsArray({ message: 'payloads must be an array' })
  @ArrayMaxSize(1000, { message: 'at most 1000 payloads at a time' })
  @ValidateNested({ each: true })
  @Type(() => PayloadDto)
  payloads: PayloadDto[];
}
