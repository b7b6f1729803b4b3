import { Type } from '@nestjs/common';
// The kit documents the services' own application modules, so their APIs are read from the code that serves them.
import { CompensationModule } from '../../../services/compensation/src/app.module';
import { IdentificationModule } from '../../../services/identification/src/app.module';
import { JusticeModule } from '../../../services/justice/src/app.module';
import { OperationsModule } from '../../../services/operations/src/app.module';
import { ProtectionModule } from '../../../services/protection/src/app.module';
import { ReportingModule } from '../../../services/reporting/src/app.module';
import { SupportModule } from '../../../services/support/src/app.module';

/** Every Harbour service by its bounded context, with the Nest module its application is built from. */
export const HarbourServices: readonly { name: string; module: Type }[] = [
  { name: 'identification', module: IdentificationModule },
  { name: 'reporting', module: ReportingModule },
  { name: 'support', module: SupportModule },
  { name: 'protection', module: ProtectionModule },
  { name: 'justice', module: JusticeModule },
  { name: 'compensation', module: CompensationModule },
  { name: 'operations', module: OperationsModule },
];
