import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import * as Popover from '@radix-ui/react-popover';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  FORMAT_TEXT_COMMAND,
  type LexicalNode,
} from 'lexical';
import { Bold, Italic, Link, List, ListOrdered, Quote } from 'lucide-react';
import { useEffect, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { normaliseLinkUrl } from './link-url';

type BlockType = 'paragraph' | 'bullet' | 'number' | 'quote' | 'other';

interface FormatState {
  bold: boolean;
  italic: boolean;
  block: BlockType;
  /** The address of the link the selection is in, if it is in one. */
  linkUrl: string | null;
}

const NO_FORMAT: FormatState = { bold: false, italic: false, block: 'paragraph', linkUrl: null };
const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);
const MOD = IS_APPLE ? '⌘' : 'Ctrl+';

function $topBlock(node: LexicalNode): LexicalNode | null {
  return $findMatchingParent(node, (candidate) => {
    const parent = candidate.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
}

function $readFormat(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const top = $topBlock(anchor);
  const block: BlockType = list
    ? list.getListType() === 'number'
      ? 'number'
      : 'bullet'
    : $isQuoteNode(top)
      ? 'quote'
      : top?.getType() === 'paragraph' || top === null
        ? 'paragraph'
        : 'other';
  const link = $findMatchingParent(anchor, $isLinkNode) ?? $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block,
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

function ToolButton(props: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  // Keep the editor's selection: the button must not take the focus on mouse down.
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <button
      type="button"
      className="icon-button note-toolbar__button"
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      onMouseDown={keepSelection}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** Bold, italic, lists, quote and link for the note editor. Ctrl/Cmd+B and +I work in the text itself. */
export function NoteToolbar() {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<FormatState>(NO_FORMAT);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        setFormat(editorState.read($readFormat, { editor }));
      }),
    [editor],
  );

  const toggleList = (type: 'bullet' | 'number') => {
    if (format.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };
  const toggleQuote = () => {
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () => (format.block === 'quote' ? $createParagraphNode() : $createQuoteNode()));
    });
  };

  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      <ToolButton label="Bold" shortcut={`${MOD}B`} pressed={format.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <Bold size={15} aria-hidden />
      </ToolButton>
      <ToolButton label="Italic" shortcut={`${MOD}I`} pressed={format.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <Italic size={15} aria-hidden />
      </ToolButton>
      <span className="note-toolbar__divider" aria-hidden />
      <ToolButton label="Bulleted list" pressed={format.block === 'bullet'} onClick={() => toggleList('bullet')}>
        <List size={15} aria-hidden />
      </ToolButton>
      <ToolButton label="Numbered list" pressed={format.block === 'number'} onClick={() => toggleList('number')}>
        <ListOrdered size={15} aria-hidden />
      </ToolButton>
      <ToolButton label="Quote" pressed={format.block === 'quote'} onClick={toggleQuote}>
        <Quote size={15} aria-hidden />
      </ToolButton>
      <LinkButton linkUrl={format.linkUrl} />
    </div>
  );
}

/** The Link button: a small form for the address (Electron has no window.prompt). */
function LinkButton({ linkUrl }: { linkUrl: string | null }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onOpenChange = (next: boolean) => {
    if (next) {
      setAddress(linkUrl ?? '');
      setInvalid(false);
    }
    setOpen(next);
  };
  const close = () => setOpen(false);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseLinkUrl(address);
    if (!url) {
      setInvalid(true);
      return;
    }
    const collapsed = editor.read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) && selection.isCollapsed();
    });
    if (collapsed && !linkUrl) {
      // Nothing selected: insert the address itself, linked.
      editor.update(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      });
    } else {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    }
    close();
  };
  const remove = () => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    close();
  };

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="icon-button note-toolbar__button"
          aria-label="Link"
          aria-pressed={linkUrl !== null}
          title={linkUrl ? `Link: ${linkUrl}` : 'Link'}
          onMouseDown={(event) => event.preventDefault()}
        >
          <Link size={15} aria-hidden />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="note-link-form"
          side="bottom"
          align="start"
          sideOffset={6}
          aria-label="Edit link"
          onCloseAutoFocus={(event) => {
            // Back to the text, where the person was writing, rather than to the Link button.
            event.preventDefault();
            editor.focus();
          }}
        >
          <form onSubmit={apply}>
            <label className="note-link-form__label">
              Link address
              <input
                type="text"
                inputMode="url"
                value={address}
                placeholder="https://…"
                aria-invalid={invalid || undefined}
                onChange={(event) => {
                  setAddress(event.target.value);
                  setInvalid(false);
                }}
              />
            </label>
            {invalid && (
              <p className="note-link-form__error" role="alert">
                Enter a web address (http or https) or an email link (mailto:).
              </p>
            )}
            <div className="note-link-form__actions">
              {linkUrl && (
                <button type="button" className="button" onClick={remove}>
                  Remove link
                </button>
              )}
              <button type="submit" className="button button--primary">
                {linkUrl ? 'Update link' : 'Add link'}
              </button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
