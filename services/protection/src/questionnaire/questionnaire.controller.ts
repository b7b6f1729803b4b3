import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@harbour/security';
import { Questionnaire } from './questionnaire';
import { currentQuestionnaire } from './questionnaires';

@ApiTags('assessments')
@ApiBearerAuth()
@Roles('protection-officer')
@Controller('questionnaire')
export class QuestionnaireController {
  @Get()
  @ApiOperation({ summary: 'The current assessment questionnaire: questions, answer options, weights and the measures they call for' })
  current(): Questionnaire {
    return currentQuestionnaire();
  }
}
