import type { ChannelSettings, TemplateSettings } from '../../shared/template-settings';

/** The target ROMI a channel is judged by: its own, else the department's. */
export function channelTargetRomi(
  settings: Pick<TemplateSettings, 'targetRomi'>,
  channel: Pick<ChannelSettings, 'targetRomi'> | undefined,
): number {
  return channel?.targetRomi ?? settings.targetRomi;
}
