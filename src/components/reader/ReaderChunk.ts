// One chunk of the reader's text: plain until it nears the viewport, then cut into highlighted segments.
import { computed, defineComponent, h, type PropType } from 'vue';
import type { TargetStatus } from '../../core/review/effective';
import { segmentChunk, type MarkedSpan } from '../../core/review/highlights';

export interface SpanInfo {
  status: TargetStatus;
  /** An achievement is marked in its own colour; a target (the default) by its status. */
  record?: 'target' | 'achieved';
  /** Shown on hover: the target's name and value. */
  label: string;
}

/** A target as the reader marks it. */
export interface ReaderSpan extends MarkedSpan, SpanInfo {}

/*
 * A render function rather than a template: the chunk's children must be exactly the text (no
 * white space from template formatting), because selections are turned back into offsets by
 * counting the characters before them.
 */
export default defineComponent({
  name: 'ReaderChunk',
  props: {
    text: { type: String, required: true },
    start: { type: Number, required: true },
    end: { type: Number, required: true },
    spans: { type: Array as PropType<readonly MarkedSpan[]>, required: true },
    info: { type: Object as PropType<ReadonlyMap<string, SpanInfo>>, required: true },
    active: { type: Boolean, required: true },
    flashId: { type: String as PropType<string | null>, default: null },
    openId: { type: String as PropType<string | null>, default: null },
  },
  emits: { open: (ids: string[]) => ids.length > 0 },
  setup(props, { emit }) {
    // A chunk without targets stays one text node, so activating it never disturbs a selection in it.
    const marked = computed(() => props.active && props.spans.length > 0);
    const segments = computed(() => (marked.value ? segmentChunk({ start: props.start, end: props.end }, props.spans) : []));
    return () =>
      h(
        'div',
        { class: 'pb-chunk', 'data-start': props.start, 'data-end': props.end, 'data-active': String(props.active) },
        marked.value
          ? segments.value.map((seg) => {
              const slice = props.text.slice(seg.start, seg.end);
              const first = seg.ids[0];
              if (first === undefined) return slice;
              const info = props.info.get(first);
              return h(
                'mark',
                {
                  class: [
                    'pb-hl',
                    `pb-hl--${info?.status ?? 'extracted'}`,
                    {
                      'pb-hl--achieved': info?.record === 'achieved',
                      'pb-hl--overlap': seg.ids.length > 1,
                      'pb-hl--flash': props.flashId !== null && seg.ids.includes(props.flashId),
                      'pb-hl--open': props.openId !== null && seg.ids.includes(props.openId),
                    },
                  ],
                  'data-ids': seg.ids.join(' '),
                  'data-status': info?.status,
                  'data-record': info?.record ?? 'target',
                  title: seg.ids.map((id) => props.info.get(id)?.label ?? '').join('\n'),
                  onClick: () => emit('open', seg.ids),
                },
                slice,
              );
            })
          : props.text.slice(props.start, props.end),
      );
  },
});
