import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** An optional free-text field: personal by nature, so it is stored encrypted and never published. */
export function OptionalFreeText(description: string, maxLength = 4000): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: `${description} Stored encrypted, never published.`, maxLength }),
    IsOptional(),
    IsString(),
    Length(1, maxLength),
  );
}
