/** The repository's artifact and log retention setting (how long a run's audit artifact survives). */
import { DoubleError } from '../state.js';
import { bodyObject, noContent, ok, repoOf, type RouteTable } from './route.js';

export const retentionRoutes: RouteTable = {
  'actions/get-artifact-and-log-retention-settings-repository': (ctx) => {
    const repo = repoOf(ctx);
    return ok({ days: repo.artifactRetentionDays, maximum_allowed_days: ctx.state.maxArtifactRetentionDays(repo) });
  },

  'actions/set-artifact-and-log-retention-settings-repository': (ctx) => {
    const repo = repoOf(ctx);
    const { days } = bodyObject(ctx) as { days: number };
    const max = ctx.state.maxArtifactRetentionDays(repo);
    if (days < 1 || days > max) throw DoubleError.validation('Repository', 'days', 'invalid', `days must be between 1 and ${max}`);
    repo.artifactRetentionDays = days;
    return noContent();
  },
};
