/** Shared fixtures for the integration tests: a fresh database per test and a tabs port that records. */
import { createDeps, type BackgroundDeps } from '../../src/background/deps';
import type { TabsPort } from '../../src/background/tabs-port';
import type { ContentRequest } from '../../src/messaging/schemas';
import { ClaimLensDB } from '../../src/store';

let counter = 0;

/** A database no other test has touched (fake-indexeddb keeps every database for the whole file). */
export function freshDb(): ClaimLensDB {
  counter += 1;
  return new ClaimLensDB(`claimlens-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export interface SentMessage {
  tabId: number;
  message: ContentRequest;
  frameId: number | undefined;
}

/** Records what the handlers asked of the tabs; `respond` decides how a tab's content script answers `send`. */
export class RecordingTabs implements TabsPort {
  badges = new Map<number, number>();
  broadcasts: ContentRequest[] = [];
  sent: SentMessage[] = [];
  respond: (m: SentMessage) => Promise<unknown> = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

  async setBadge(tabId: number, count: number): Promise<void> {
    this.badges.set(tabId, count);
  }
  async broadcast(message: ContentRequest): Promise<void> {
    this.broadcasts.push(message);
  }
  send(tabId: number, message: ContentRequest, frameId?: number): Promise<unknown> {
    const m = { tabId, message, frameId };
    this.sent.push(m);
    return this.respond(m);
  }
}

/** Real dependencies over a fresh database and a recording tabs port; `overrides` swap single parts. */
export function testDeps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps & { tabs: RecordingTabs } {
  const tabs = new RecordingTabs();
  return createDeps(freshDb(), tabs, overrides) as BackgroundDeps & { tabs: RecordingTabs };
}

/** A page a reader might save from. */
export const PAGE = {
  url: 'https://news.example/world/kursk#comments',
  title: 'North Korean troops in Kursk',
  siteName: 'Example News',
  published: '2025-02-03',
} as const;
