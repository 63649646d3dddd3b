/** Organizations, users, teams, repositories and permissions: what approval and security checks read. */
import { fullRepository, organizationFull, privateUser, publicUser, simpleUser, teamFull } from '../shapes.js';
import { DoubleError, type UserRecord } from '../state.js';
import { ok, repoOf, type RouteTable } from './route.js';

export const accountRoutes: RouteTable = {
  'orgs/get': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) throw DoubleError.notFound();
    return ok(organizationFull(ctx.shape, org));
  },

  'users/get-by-username': (ctx) => {
    const login = ctx.params.username ?? '';
    const user = ctx.state.user(login);
    if (user) return ok(publicUser(ctx.shape, user));
    const org = ctx.state.org(login);
    if (!org) throw DoubleError.notFound();
    const asUser: UserRecord = { id: org.id, login: org.login, type: 'Organization', name: org.name, email: null, siteAdmin: false, createdAt: org.createdAt };
    return ok({ ...publicUser(ctx.shape, asUser), type: 'Organization' });
  },

  'users/get-authenticated': (ctx) => ok(privateUser(ctx.shape, ctx.state.user(ctx.viewer) as UserRecord)),

  'repos/get': (ctx) => ok(fullRepository(ctx.shape, repoOf(ctx))),

  'teams/get-by-name': (ctx) => {
    const team = ctx.state.team(ctx.params.org ?? '', ctx.params.team_slug ?? '');
    if (!team) throw DoubleError.notFound();
    return ok(teamFull(ctx.shape, team));
  },

  'teams/get-membership-for-user-in-org': (ctx) => {
    const team = ctx.state.team(ctx.params.org ?? '', ctx.params.team_slug ?? '');
    const login = (ctx.params.username ?? '').toLowerCase();
    const role = team?.members.get(login);
    if (!team || !role) throw DoubleError.notFound();
    return ok({ url: `${ctx.shape.api}/organizations/${ctx.state.org(team.org)?.id ?? 0}/team/${team.id}/memberships/${encodeURIComponent(login)}`, role, state: 'active' });
  },

  'repos/get-collaborator-permission-level': (ctx) => {
    const repo = repoOf(ctx);
    const user = ctx.state.user(ctx.params.username ?? '');
    if (!user) throw DoubleError.notFound();
    const permission = ctx.state.permission(repo, user.login);
    const roleName = permission === 'write' ? 'write' : permission;
    return ok({
      permission,
      role_name: roleName,
      user: {
        ...simpleUser(ctx.shape, user.login),
        permissions: { admin: permission === 'admin', maintain: permission === 'admin', push: permission !== 'read', triage: permission !== 'read', pull: true },
        role_name: roleName,
      },
    });
  },
};
