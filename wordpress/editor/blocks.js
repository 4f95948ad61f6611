/**
 * The blocks in the editor: each draws the real element, as readers will see it (the library's
 * script is loaded into the editor's canvas), with inspector controls for its attributes.
 * Plain script on the editor's globals (wp.*): no build step, nothing bundled twice.
 */
(function (wp, data) {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { Button, CheckboxControl, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const { createElement: el, Fragment } = wp.element;
  const { __, sprintf } = wp.i18n;

  const LEVELS = [1, 2, 3, 4, 5, 6];

  /** The element's attributes from the block's: booleans present or absent, never "false". */
  function elementAttributes(tag, attributes) {
    const own = {
      lang: attributes.lang || data.siteLanguage,
      heading: attributes.heading || undefined,
      'heading-level': String(attributes.headingLevel || 2),
      theme: attributes.theme || data.theme || undefined,
    };
    if (tag === 'iom-faq') {
      own.open = attributes.open || undefined;
      own.single = attributes.single ? '' : undefined;
    }
    if (tag === 'iom-faq' || tag === 'iom-profile') {
      own['structured-data'] = attributes.structuredData ? '' : undefined;
    }
    if (tag === 'iom-overview' && attributes.sections && attributes.sections.length) {
      own.sections = attributes.sections.join(' ');
    }
    return own;
  }

  function commonControls(attributes, setAttributes) {
    const site = data.languages[data.siteLanguage];
    return el(
      PanelBody,
      { title: __('Settings', 'iom-elements') },
      el(SelectControl, {
        label: __('Language', 'iom-elements'),
        value: attributes.lang,
        options: [
          /* translators: %s: the name of the site's language. */
          { value: '', label: sprintf(__('Site language (%s)', 'iom-elements'), site) },
          ...Object.entries(data.languages).map(([value, label]) => ({ value, label })),
        ],
        onChange: (lang) => setAttributes({ lang }),
      }),
      el(TextControl, {
        label: __('Heading', 'iom-elements'),
        help: __("Replaces the section's title; leave empty to keep it.", 'iom-elements'),
        value: attributes.heading,
        onChange: (heading) => setAttributes({ heading }),
      }),
      el(SelectControl, {
        label: __('Heading level', 'iom-elements'),
        help: __("Where the section sits in the page's outline; its inner headings follow.", 'iom-elements'),
        value: String(attributes.headingLevel),
        options: LEVELS.map((level) => ({
          value: String(level),
          /* translators: %d: a heading level, 1 to 6. */
          label: sprintf(__('Heading %d', 'iom-elements'), level),
        })),
        onChange: (level) => setAttributes({ headingLevel: Number(level) }),
      }),
      el(SelectControl, {
        label: __('Colour scheme', 'iom-elements'),
        value: attributes.theme,
        options: [
          { value: '', label: __('Follow the page', 'iom-elements') },
          { value: 'light', label: __('Light', 'iom-elements') },
          { value: 'dark', label: __('Dark', 'iom-elements') },
        ],
        onChange: (theme) => setAttributes({ theme }),
      }),
    );
  }

  function faqControls(attributes, setAttributes) {
    const open = (attributes.open || '').split(' ').filter(Boolean);
    const all = open.includes('all');
    const setOpen = (ids) => setAttributes({ open: ids.join(' ') });
    return el(
      PanelBody,
      { title: __('Questions', 'iom-elements') },
      el(
        'fieldset',
        null,
        el(
          'legend',
          { className: 'components-base-control__label' },
          __('Answers open at first', 'iom-elements'),
        ),
        el(CheckboxControl, {
          label: __('All answers', 'iom-elements'),
          checked: all,
          onChange: (checked) => setOpen(checked ? ['all'] : []),
        }),
        ...data.questions.map((question) =>
          el(CheckboxControl, {
            key: question.id,
            label: question.label,
            checked: all || open.includes(question.id),
            disabled: all,
            onChange: (checked) =>
              setOpen(
                data.questions
                  .map(({ id }) => id)
                  .filter((id) => (id === question.id ? checked : open.includes(id))),
              ),
          }),
        ),
      ),
      el(ToggleControl, {
        label: __('One answer at a time', 'iom-elements'),
        checked: !!attributes.single,
        onChange: (single) => setAttributes({ single }),
      }),
      structuredDataControl(attributes, setAttributes),
    );
  }

  function structuredDataControl(attributes, setAttributes) {
    return el(ToggleControl, {
      label: __('Structured data for search engines', 'iom-elements'),
      help: __('Adds schema.org data that search engines read.', 'iom-elements'),
      checked: !!attributes.structuredData,
      onChange: (structuredData) => setAttributes({ structuredData }),
    });
  }

  function overviewControls(attributes, setAttributes) {
    const names = data.sections.map((section) => section.name);
    const shown = attributes.sections && attributes.sections.length ? attributes.sections : names;
    const order = [...shown, ...names.filter((name) => !shown.includes(name))];
    const label = (name) => data.sections.find((section) => section.name === name).label;
    const set = (next) =>
      setAttributes({
        sections: next.length === names.length && next.every((name, i) => name === names[i]) ? [] : next,
      });
    const move = (name, by) => {
      const next = [...shown];
      const at = next.indexOf(name);
      next.splice(at, 1);
      next.splice(at + by, 0, name);
      set(next);
    };
    return el(
      PanelBody,
      { title: __('Sections', 'iom-elements') },
      el('p', null, __('Which sections to show, in which order.', 'iom-elements')),
      el(
        'ul',
        { className: 'iom-elements-sections' },
        ...order.map((name) => {
          const index = shown.indexOf(name);
          return el(
            'li',
            { key: name, style: { display: 'flex', alignItems: 'center', gap: '4px' } },
            el(CheckboxControl, {
              label: label(name),
              checked: index !== -1,
              disabled: index !== -1 && shown.length === 1,
              onChange: (checked) =>
                set(checked ? [...shown, name] : shown.filter((other) => other !== name)),
            }),
            index !== -1 &&
              el(Button, {
                icon: 'arrow-up-alt2',
                /* translators: %s: a section's title. */
                label: sprintf(__('Move %s up', 'iom-elements'), label(name)),
                disabled: index === 0,
                onClick: () => move(name, -1),
              }),
            index !== -1 &&
              el(Button, {
                icon: 'arrow-down-alt2',
                /* translators: %s: a section's title. */
                label: sprintf(__('Move %s down', 'iom-elements'), label(name)),
                disabled: index === shown.length - 1,
                onClick: () => move(name, 1),
              }),
          );
        }),
      ),
    );
  }

  /** The real element; inside a provider with the site's overrides when it has some. */
  function preview(tag, attributes) {
    const element = el(tag, elementAttributes(tag, attributes));
    if (!data.overrides || Object.keys(data.overrides).length === 0) {
      return element;
    }
    return el('iom-provider', { ref: (node) => node && (node.content = data.overrides) }, element);
  }

  for (const name of data.blocks) {
    const tag = `iom-${name.split('/')[1]}`;
    registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            commonControls(attributes, setAttributes),
            tag === 'iom-faq' && faqControls(attributes, setAttributes),
            tag === 'iom-profile' &&
              el(
                PanelBody,
                { title: __('Search engines', 'iom-elements') },
                structuredDataControl(attributes, setAttributes),
              ),
            tag === 'iom-overview' && overviewControls(attributes, setAttributes),
          ),
          el('div', useBlockProps(), preview(tag, attributes)),
        );
      },
      // Dynamic: the server prints the element.
      save: () => null,
    });
  }
})(window.wp, window.iomElementsEditor);
