// Node has no IndexedDB: every unit test gets fake-indexeddb, installed before Dexie loads.
import 'fake-indexeddb/auto';
