import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { JourneyLinkSchema, JOURNEY_LINK_MODEL } from './journey-link.schema';
import { JourneyLinks } from './journey-links';
import { ReceiveReport } from './receive-report';
import { REPORT_MODEL, ReportSchema } from './report.schema';
import { ReportsController } from './reports.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: REPORT_MODEL, schema: ReportSchema },
      { name: JOURNEY_LINK_MODEL, schema: JourneyLinkSchema },
    ]),
  ],
  controllers: [ReportsController],
  providers: [JourneyLinks, ReceiveReport],
})
export class ReportsModule {}
