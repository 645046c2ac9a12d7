// The network map: cytoscape.js (served from /lib, installed from npm) draws the snapshot's nodes and edges, coloured
// by kind and sized by number of ties. The page filters by theme, searches by name and hears which member was chosen.
const kindColours = { Initiative: '#0f6cbd', Partner: '#107c10', Person: '#b4009e' };
const maps = new Map();

function loadCytoscape() {
    if (window.cytoscape) {
        return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/cytoscape.min.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
    });
}

export async function render(container, map, page) {
    await loadCytoscape();
    // The snapshot places the members of a map up to 300 (MapLayout, server side): drawn as placed, without a layout
    // in the browser. A larger map is drawn in rings by number of ties; an older snapshot without places gets cose.
    const placed = map.nodes.length > 0 && map.nodes.every(n => typeof n.x === 'number' && typeof n.y === 'number');
    const elements = [
        ...map.nodes.map(n => ({ data: { id: n.id, label: n.name, kind: n.kind, ties: n.ties, themes: n.themes, outside: n.outside }, position: placed ? { x: n.x, y: n.y } : undefined })),
        ...map.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.from, target: e.to } })),
    ];
    const large = map.nodes.length > 300;
    const layout = placed
        ? { name: 'preset', fit: true, padding: 20 }
        : large ? { name: 'concentric', concentric: n => n.data('ties'), levelWidth: () => 2, animate: false } : { name: 'cose', animate: false };
    const cy = cytoscape({
        container,
        elements,
        layout,
        style: [
            {
                selector: 'node',
                style: {
                    'background-color': n => kindColours[n.data('kind')] ?? '#616161',
                    width: n => 12 + Math.min(40, 4 * Math.sqrt(n.data('ties'))),
                    height: n => 12 + Math.min(40, 4 * Math.sqrt(n.data('ties'))),
                    label: large ? '' : 'data(label)',
                    'font-size': 10,
                    color: getComputedStyle(document.body).getPropertyValue('--neutral-foreground-rest') || '#242424',
                },
            },
            { selector: 'node[?outside]', style: { opacity: 0.5 } },
            { selector: 'edge', style: { width: 1, 'line-color': '#8a8a8a', opacity: 0.6 } },
            { selector: '.hidden', style: { display: 'none' } },
            { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c50f1f' } },
        ],
    });
    cy.on('tap', 'node', event => page.invokeMethodAsync('ShowMember', event.target.id()));
    maps.set(container, cy);
    countShown(container, cy);
}

// How many members the map shows now, on the container, so tests and tools can read what a filter did.
function countShown(container, cy) {
    container.dataset.members = cy.nodes().length;
    container.dataset.shown = cy.nodes().filter(n => !n.hasClass('hidden')).length;
}

export function filterTheme(container, theme) {
    const cy = maps.get(container);
    if (!cy) {
        return;
    }
    cy.batch(() => {
        cy.nodes().forEach(n => n.toggleClass('hidden', !!theme && !n.data('themes').includes(theme)));
    });
    countShown(container, cy);
}

export function select(container, id) {
    const cy = maps.get(container);
    if (!cy) {
        return;
    }
    cy.nodes().unselect();
    const node = cy.getElementById(id);
    if (node.nonempty()) {
        node.select();
        cy.animate({ center: { eles: node } }, { duration: 200 });
    }
}

export function dispose(container) {
    maps.get(container)?.destroy();
    maps.delete(container);
}
