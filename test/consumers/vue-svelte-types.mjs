// The Vue and Svelte template types (iom-elements/vue, iom-elements/svelte), type-checked only:
// vue-tsc with strictTemplates and svelte-check accept the right uses and reject each wrong one.
import { execFileSync } from 'node:child_process';
import { VERSIONS } from './harness.mjs';
import { tsconfig } from './tsconfig.mjs';

export default {
  name: 'vue-svelte-types',
  about: 'vue-tsc and svelte-check know the tags with iom-elements/vue and /svelte',
  async run(h) {
    const vue = h.project(
      'vue',
      { typescript: VERSIONS.typescript, vue: VERSIONS.vue, 'vue-tsc': VERSIONS['vue-tsc'] },
      {
        'tsconfig.json': JSON.stringify({
          ...JSON.parse(tsconfig()),
          vueCompilerOptions: { strictTemplates: true },
        }),
        'tsconfig.unused.json': JSON.stringify({
          ...JSON.parse(tsconfig()),
          vueCompilerOptions: { strictTemplates: true },
          include: ['src/iom-elements.d.ts', 'unused'],
        }),
        'src/iom-elements.d.ts': "import type {} from 'iom-elements/vue';\n",
        'src/App.vue': `<script setup lang="ts">
    import { ref } from 'vue';
    import type { IomFaq, IomFaqToggleDetail } from 'iom-elements';
    const faq = ref<IomFaq>();
    const onToggle = (event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id, faq.value?.single);
    </script>

    <template>
      <iom-faq ref="faq" heading-level="3" open="all" single @iom-faq-toggle="onToggle" />
      <iom-faq :heading-level="3" theme="dark" class="faq" data-section="faq" aria-label="FAQ"
        @iom-faq-toggle="(event) => { const open: boolean = event.detail.open; console.info(open); }" />
      <!-- @vue-expect-error heading-level is a number -->
      <iom-faq :heading-level="'three'" />
      <!-- @vue-expect-error the themes are light and dark -->
      <iom-faq theme="sepia" />
      <!-- @vue-expect-error the event's detail is { id, open } -->
      <iom-faq @iom-faq-toggle="(event) => event.detail.nope" />
      <!-- @vue-expect-error no such attribute -->
      <iom-faq nope="x" />
    </template>
    `,
        'unused/Unused.vue': `<template>
      <!-- @vue-expect-error nothing is wrong here -->
      <iom-faq :heading-level="3" />
    </template>
    `,
      },
    );
    h.run(vue, 'npx', ['vue-tsc', '-p', '.']);
    h.expect('Vue: vue-tsc (strictTemplates) type-checks, and rejects wrong uses', true);
    let unused = '';
    try {
      execFileSync('npx', ['vue-tsc', '-p', 'tsconfig.unused.json'], { cwd: vue, stdio: 'pipe' });
    } catch (error) {
      unused = String(/** @type {{ stdout?: Buffer }} */ (error).stdout);
    }
    h.expect(
      'Vue: an unused @vue-expect-error fails the check (so the ones above are needed)',
      /unused\/Unused\.vue\(2,\d+\): error TS2578/.test(unused),
      unused || 'vue-tsc passed',
    );

    const svelte = h.project(
      'svelte',
      { typescript: VERSIONS.typescript, svelte: VERSIONS.svelte, 'svelte-check': VERSIONS['svelte-check'] },
      {
        'tsconfig.json': tsconfig(),
        'src/iom-elements.d.ts': "import type {} from 'iom-elements/svelte';\n",
        'src/App.svelte': `<script lang="ts">
      import type { IomFaq, IomFaqToggleDetail } from 'iom-elements';
      let faq: IomFaq | undefined = $state();
      const onToggle = (event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id, faq?.single);
    </script>

    <iom-faq heading-level={3} oniom-faq-toggle={(event) => event.detail.open}></iom-faq>
    <iom-faq bind:this={faq} heading-level="3" open="all" single theme="dark" class="faq" data-section="faq"
      oniom-faq-toggle={onToggle}></iom-faq>
<iom-provider content={{ en: { faq: { title: 'Questions' } } }}></iom-provider>
    `,
        // svelte-check has no expect-error in markup: each line here must fail, and nothing else.
        'src/Wrong.svelte': `<script lang="ts"></script>

    <iom-faq heading-level="three"></iom-faq>
    <iom-faq theme="sepia"></iom-faq>
    <iom-faq oniom-faq-toggle={(event) => event.detail.nope}></iom-faq>
    <iom-faq nope="x"></iom-faq>
    `,
      },
    );
    let checked = '';
    try {
      checked = execFileSync(
        'npx',
        ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'],
        {
          cwd: svelte,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (error) {
      checked = String(/** @type {{ stdout?: string }} */ (error).stdout);
    }
    const svelteErrors = [...checked.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+/gm)].map(
      ([, file, line]) => `${file}:${line}`,
    );
    h.expect(
      'Svelte: svelte-check passes App.svelte and rejects each wrong use in Wrong.svelte',
      svelteErrors.join() === 'src/Wrong.svelte:3,src/Wrong.svelte:4,src/Wrong.svelte:5,src/Wrong.svelte:6',
      checked,
    );
  },
};
