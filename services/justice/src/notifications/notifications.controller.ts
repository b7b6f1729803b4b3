import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JourneyScoped, Roles } from '@harbour/security';
import { JourneyParamsDto } from '../facts/journey-params.dto';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { NotificationView, toNotificationView } from './notification.view';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('journeys/:journeyId/notifications')
export class NotificationsController {
  constructor(private readonly milestones: MilestoneRepository) {}

  @Get()
  @Roles('prosecutor-liaison', 'operations-analyst', 'auditor')
  @JourneyScoped()
  @ApiOperation({ summary: "The journey's milestones and whether the victim was told of each, with the delivery evidence or the failing attempts" })
  @ApiOkResponse({ type: NotificationView, isArray: true })
  async list(@Param() { journeyId }: JourneyParamsDto): Promise<NotificationView[]> {
    return (await this.milestones.find(journeyId, {}, { sort: { recordedAt: 1 }, limit: 500 })).map(toNotificationView);
  }
}
