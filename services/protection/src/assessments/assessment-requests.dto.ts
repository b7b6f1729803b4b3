import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Answer } from '../questionnaire/answers';

const CODE = /^[a-z0-9-]{1,64}$/;

export class AnswerDto implements Answer {
  @ApiProperty({ example: 'threats-received' })
  @Matches(CODE, { message: 'questionId must be a question id such as "threats-received"' })
  questionId: string;

  @ApiPropertyOptional({ example: ['to-victim'], description: 'The options chosen, for a choice question' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'optionIds must hold option ids such as "to-victim"' })
  optionIds?: string[];

  @ApiPropertyOptional({ description: 'The answer to a free-text question; stored encrypted, never published' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  text?: string;
}

export class AssessmentDto {
  @ApiProperty({ example: 'vrd22-v1', description: 'The questionnaire version the answers follow (GET /questionnaire)' })
  @IsString()
  @Length(1, 64)
  questionnaireVersion: string;

  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}
