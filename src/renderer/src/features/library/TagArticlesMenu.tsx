import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tag } from 'lucide-react';
import { useState } from 'react';
import { flattenTree, listTagTree } from '@shared/codebook/tree';
import type { TagRecord } from '@shared/model';
import { useServices } from '../../app/services';

/** Indentation per codebook level in the menu, as the codebook tree shows it. */
const INDENT_PER_LEVEL_PX = 12;

/**
 * Tags the chosen articles as a whole with a tag of the codebook (a document code): the menu
 * lists the codebook as a tree. The tags are read only while the menu is open.
 */
export function TagArticlesMenu({ count, onTag, compact = false }: { count: number; onTag: (tag: TagRecord) => void; compact?: boolean }) {
  const { db } = useServices();
  // The reader shows this menu for every article it opens: closed, it reads nothing.
  const [open, setOpen] = useState(false);
  const tags = useLiveQuery(async () => (open ? flattenTree(listTagTree(await db.tags.toArray())) : undefined), [db, open]);
  return (
    // Not modal: the page behind stays visible to assistive technology (see CollectionMenus.tsx).
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger asChild>
        {compact ? (
          <button type="button" className="link-button" title="Tag this article as a whole with a code of the codebook">
            <Tag size={12} aria-hidden /> Tag the whole article…
          </button>
        ) : (
          <button type="button" className="button" aria-label="Tag" title="Tag these articles as a whole with a code of the codebook">
            <Tag size={14} aria-hidden />
            <span className="library-selection__label">Tag</span>
          </button>
        )}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu collection-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">{count === 1 ? 'Tag the article as a whole' : `Tag the ${count.toLocaleString()} articles as a whole`}</DropdownMenu.Label>
          {tags?.length === 0 && (
            <DropdownMenu.Item className="menu__item" disabled>
              The codebook is empty: add tags in the Codebook tab
            </DropdownMenu.Item>
          )}
          {tags?.map(({ tag, depth }) => (
            <DropdownMenu.Item key={tag.id} className="menu__item" onSelect={() => onTag(tag)} style={{ paddingLeft: `calc(var(--space-4) + ${depth * INDENT_PER_LEVEL_PX}px)` }}>
              <span className="tag-swatch" style={{ background: tag.color }} aria-hidden />
              <span className="collection-menu__name">{tag.name}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
