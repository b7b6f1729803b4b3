import { Injectable, OnModuleInit } from '@nestjs/common';
import { SupportConfig } from '../support-config';
import { DemoDirectory } from './demo-directory';
import { DirectoryRepository } from './directory.repository';

/** Puts the demo directory in place before the worker and the API start, when the service is told to. */
@Injectable()
export class SeedDemoDirectory implements OnModuleInit {
  constructor(
    private readonly config: SupportConfig,
    private readonly directory: DirectoryRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.HARBOUR_SEED_DEMO_DIRECTORY === 'true') await this.directory.upsert(DemoDirectory);
  }
}
