import { Body, Controller, Get, NotFoundException, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, IsUrl, Length, MaxLength, ValidateIf } from 'class-validator';
import { assertSameOrganisation, CurrentPrincipal, Principal, Roles } from '@harbour/security';
import { TaskChannel, TaskChannels as TaskChannelNames } from '../directory/organisation';
import { OrganisationParamsDto } from '../tasks/task-requests.dto';
import { TaskChannelChange } from '../directory/organisation.schema';
import { TaskChannels } from './task-channels';

const isWebhook = (dto: ChooseTaskChannelDto) => dto.channel === 'webhook';

export class ChooseTaskChannelDto {
  @ApiProperty({ enum: TaskChannelNames })
  @IsIn(TaskChannelNames)
  channel: TaskChannel;

  @ApiPropertyOptional({ example: 'https://tasks.example.org/harbour', description: 'For webhooks: where tasks are posted' })
  @ValidateIf(isWebhook)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }, { message: 'url must be an https URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ description: 'For webhooks: the shared secret that signs each request (32-256 characters); stored encrypted, never shown again' })
  @ValidateIf(isWebhook)
  @IsString()
  @Length(32, 256, { message: 'secret must be 32 to 256 characters long' })
  secret?: string;
}

export interface TaskChannelView {
  organisationId: string;
  taskChannel: TaskChannel;
  webhookUrl?: string;
}

@ApiTags('task channel')
@ApiBearerAuth()
@Roles('support-case-worker')
@Controller('organisations/:orgId/task-channel')
export class TaskChannelController {
  constructor(private readonly channels: TaskChannels) {}

  @Put()
  @ApiOperation({ summary: 'Choose how the organisation receives its tasks: its inbox only, or also signed webhooks' })
  async choose(@CurrentPrincipal() principal: Principal, @Param() { orgId }: OrganisationParamsDto, @Body() dto: ChooseTaskChannelDto): Promise<TaskChannelView> {
    assertSameOrganisation(principal, orgId);
    const choice = dto.channel === 'webhook' ? { channel: dto.channel, url: dto.url ?? '', secret: dto.secret ?? '' } : { channel: dto.channel };
    if (!(await this.channels.choose(orgId, choice, principal))) throw new NotFoundException(`organisation ${orgId} is not in the directory`);
    return { organisationId: orgId, taskChannel: dto.channel, ...(dto.channel === 'webhook' ? { webhookUrl: dto.url } : {}) };
  }

  @Get('history')
  @ApiOperation({ summary: "Every change of the organisation's task channel: who, when, on which basis, from where to where" })
  async history(@CurrentPrincipal() principal: Principal, @Param() { orgId }: OrganisationParamsDto): Promise<{ organisationId: string; changes: TaskChannelChange[] }> {
    assertSameOrganisation(principal, orgId);
    const changes = await this.channels.historyOf(orgId);
    if (!changes) throw new NotFoundException(`organisation ${orgId} is not in the directory`);
    return { organisationId: orgId, changes };
  }
}
