// Whether an element has come within a margin of the viewport (once true, stays true): charts and large tables start then.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export function useNearViewport(target: Ref<HTMLElement | null>, initially = false, margin = '600px 0px'): Ref<boolean> {
  const near = ref(initially || typeof IntersectionObserver === 'undefined');
  let observer: IntersectionObserver | null = null;
  onMounted(() => {
    if (near.value || !target.value) return;
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          near.value = true;
          observer?.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(target.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return near;
}
