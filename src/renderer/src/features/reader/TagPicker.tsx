import { Plus, Tag } from 'lucide-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TagRecord } from '@shared/model';

export interface TagOption {
  tag: TagRecord;
  /** "Parent › Child", for finding a tag by any part of its path. */
  path: string;
}

interface TagPickerProps {
  options: TagOption[];
  /** Tags already on the highlight: shown checked, picking one again removes it. */
  appliedIds?: readonly string[];
  onPick: (tag: TagRecord) => void;
  onCreate: (name: string) => void;
  autoFocus?: boolean;
}

/**
 * Find a tag by typing, pick it with the arrow keys and Enter, or type a new name and press
 * Enter to create it: the codebook grows as the reading goes.
 */
export function TagPicker({ options, appliedIds = [], onPick, onCreate, autoFocus = true }: TagPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const trimmed = query.trim();
  const matches = useMemo(() => {
    const needle = trimmed.toLocaleLowerCase();
    return needle ? options.filter((o) => o.path.toLocaleLowerCase().includes(needle)) : options;
  }, [options, trimmed]);
  const exact = matches.some((o) => o.tag.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  const canCreate = trimmed.length > 0 && !exact;
  const rows = matches.length + (canCreate ? 1 : 0);
  const choose = (index: number) => {
    const option = matches[index];
    if (option) onPick(option.tag);
    else if (canCreate) onCreate(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(rows - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') choose(rows === 0 ? -1 : Math.min(active, rows - 1));
    else return;
    event.preventDefault();
  };

  return (
    <div className="tag-picker">
      <input
        className="text-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={rows > 0 ? `${listId}-${Math.min(active, rows - 1)}` : undefined}
        aria-label="Tag"
        placeholder="Find or create a tag…"
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="tag-picker__list" role="listbox" id={listId} aria-label="Tags">
        {matches.map((option, index) => (
          <li
            key={option.tag.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`tag-picker__option${index === active ? ' tag-picker__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="tag-swatch" style={{ background: option.tag.color }} aria-hidden />
            <span className="tag-picker__path">{option.path}</span>
            {appliedIds.includes(option.tag.id) && <span className="tag-picker__applied">applied</span>}
          </li>
        ))}
        {canCreate && (
          <li
            id={`${listId}-${matches.length}`}
            role="option"
            aria-selected={active === matches.length}
            className={`tag-picker__option${active === matches.length ? ' tag-picker__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(matches.length)}
            onMouseEnter={() => setActive(matches.length)}
          >
            <Plus size={13} aria-hidden /> Create tag “{trimmed}”
          </li>
        )}
        {rows === 0 && (
          <li className="tag-picker__empty">
            <Tag size={13} aria-hidden /> Type a name to create the first tag
          </li>
        )}
      </ul>
    </div>
  );
}
