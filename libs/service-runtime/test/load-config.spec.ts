import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { ConfigurationError, loadConfig, provideConfig, RuntimeConfig } from '../src';

class WebhookConfig {
  @IsString()
  @MinLength(32)
  WEBHOOK_SIGNING_SECRET: string;

  @IsOptional()
  @IsIn(['eu-west', 'eu-central'])
  REGION?: string;
}

describe(loadConfig.name, () => {
  it('reads typed values and keeps only the declared variables', () => {
    const config = loadConfig(RuntimeConfig, { PORT: '3002', HOST: '0.0.0.0', PATH: '/usr/bin' });
    expect(config).toBeInstanceOf(RuntimeConfig);
    expect({ ...config }).toEqual({ PORT: 3002, HOST: '0.0.0.0' });
  });

  it('names every wrong variable and why, without echoing any value', () => {
    const secret = 'short-secret-value';
    let message = '';
    try {
      loadConfig(WebhookConfig, { WEBHOOK_SIGNING_SECRET: secret, REGION: 'mars' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      message = (error as Error).message;
    }
    expect(message).toBe(
      'invalid configuration: WEBHOOK_SIGNING_SECRET must be longer than or equal to 32 characters; REGION must be one of the following values: eu-west, eu-central',
    );
    expect(message).not.toContain(secret);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig(RuntimeConfig, { PORT: '70000' })).toThrow('invalid configuration: PORT must not be greater than 65535');
  });

  describe(provideConfig.name, () => {
    @Injectable()
    class WebhookSender {
      constructor(readonly config: WebhookConfig) {}
    }
    const build = () => Test.createTestingModule({ providers: [provideConfig(WebhookConfig), WebhookSender] }).compile();

    it('injects the validated configuration', async () => {
      process.env.WEBHOOK_SIGNING_SECRET = 'w'.repeat(40);
      const app = await build();
      expect(app.get(WebhookSender).config.WEBHOOK_SIGNING_SECRET).toBe('w'.repeat(40));
    });

    it('stops the application from being built when a variable is wrong', async () => {
      process.env.WEBHOOK_SIGNING_SECRET = 'short';
      await expect(build()).rejects.toThrow('WEBHOOK_SIGNING_SECRET must be longer than or equal to 32 characters');
    });
  });
});
