// `powers init [dir]`: a new registry that validates with 0 errors (SPEC §7): the library files,
// one department, one power (written by the power writer, so it is canonical), editor settings
// that map the schemas copied to `.powers/schema/` onto the registry's files, and CI files.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newPowerText, schemaHeader } from './power-writer.js';
import { SCHEMA_FILES, TOOL_SCHEMA_DIR } from './schema-order.js';
import { STANDARD_ITEMS } from './standard-items.js';

/** Which files `init` wrote, relative to the new registry. */
export interface InitResult {
  dir: string;
  files: string[];
}

/** Whether `dir` exists and holds anything (or is a file): init must not write there without --force. */
export function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0);
}

const JURISDICTION = '示例市';
const DEPARTMENT = '示例市民政局';

/** The skeleton's one power: a licence, published after review, with every field a rule asks for. */
export const SKELETON_POWER: Record<string, unknown> = {
  code: 'XK-MZJ-0001',
  name: '社会团体成立、变更、注销登记',
  category: '行政许可',
  subject: DEPARTMENT,
  unit: '社会组织管理科',
  posts: ['shzz-sl', 'shzz-sh', 'shzz-fzr'],
  functions: ['F01'],
  superior_functions: ['SZF-01'],
  basis: [{ law: '社会团体登记管理条例', articles: '第九条、第十八条、第十九条' }],
  fee: { charged: false },
  flow: {
    unit: '工作日', statutory_days: 20, promised_days: 15,
    steps: [
      { name: '受理', post: 'shzz-sl', days: 1, disclose: true },
      { name: '审查', post: 'shzz-sh', days: 10, supervision: '两人以上审查' },
      { name: '决定', post: 'shzz-fzr', days: 2, disclose: true },
      { name: '送达', post: 'shzz-sl', days: 2, disclose: true },
    ],
  },
  remedy: ['行政复议', '行政诉讼'],
  complaint: '示例市12345政务服务便民热线',
  risk: { level: '二级', points: ['审查把关不严'], controls: ['两人以上审查', '系统留痕'] },
  responsibility: {
    duties: STANDARD_ITEMS.行政许可.duties,
    accountability: STANDARD_ITEMS.行政许可.accountability,
    posts: ['shzz-fzr'],
  },
  disclosure: {
    mode: '主动公开', scope: '社会', forms: ['政府网站', '公开栏'], period: '长期公开',
    content: '登记条件、申请材料、办理流程、办理时限和登记结果',
  },
  review: {
    declared: '2025-01-06', signed_by: '局长', reviewed: '2025-01-20',
    publicity: { from: '2025-02-10', to: '2025-02-18' },
  },
  status: '已公布',
  filed: '2025-03-10',
  published: '2025-03-14',
};

const LAWS = `# 依据库：法律、行政法规、地方性法规、规章和三定规定。权力的 basis 引用这里的 id。
- id: 行政许可法
  title: 中华人民共和国行政许可法
  level: 法律
  issuer: 全国人民代表大会常务委员会
  doc_no: 主席令第七号
  effective: 2004-07-01
  amended: 2019-04-23
- id: 社会团体登记管理条例
  title: 社会团体登记管理条例
  level: 行政法规
  issuer: 国务院
  doc_no: 国务院令第250号
  effective: 1998-10-25
  amended: 2016-02-06
- id: 示例市民政局三定规定
  title: 示例市民政局职能配置、内设机构和人员编制规定
  level: 三定规定
  issuer: 中共示例市委机构编制委员会
  effective: 2019-03-01
`;

const SUPERIOR = `# 本级政府或上级主管部门的职能（印证四）。
- id: SZF-01
  owner: 示例市人民政府
  text: 负责全市社会组织的登记管理和监督工作
`;

const DEPARTMENT_YAML = `id: mzj
code: MZJ
name: ${DEPARTMENT}
superior: 示例省民政厅
sanding: 示例市民政局三定规定
# 机构职能（三定规定）
functions:
  - id: F01
    text: 负责全市社会团体、民办非企业单位和基金会的登记管理和执法监督工作
  - id: F02
    text: 负责本局机关的干部人事和队伍建设工作
# 岗位职责
posts:
  - id: shzz-sl
    unit: 社会组织管理科
    title: 受理岗
    duties: 负责社会组织登记申请的受理
  - id: shzz-sh
    unit: 社会组织管理科
    title: 审核岗
    duties: 负责社会组织登记的审查
  - id: shzz-fzr
    unit: 社会组织管理科
    title: 科室负责人岗
    duties: 负责社会组织登记事项的审批签发
`;

const REGISTRY_YAML = `# 行政权力目录登记册
jurisdiction: ${JURISDICTION}
filing_authority: ${JURISDICTION}政务公开领导小组办公室
deadlines:            # 均为工作日
  change: 20          # 目录、流程图变更后向原备案机关说明并重新公布
  basis_change: 20    # 依据变化、机构职能调整后重新申报
`;

const GITIGNORE = `# powers publish 的输出：由 CI 生成，不入库
site/
internal/
`;

/** VS Code (Red Hat YAML extension): schema → file globs, relative to the registry folder. */
export function vscodeSettings(): string {
  const s = (file: string) => `./.powers/schema/${file}`;
  const settings = {
    'yaml.schemas': {
      [s('registry.schema.json')]: ['registry.yaml'],
      [s('laws.schema.json')]: ['laws/*.yaml', 'laws/*.yml'],
      [s('superior.schema.json')]: ['superior/*.yaml', 'superior/*.yml'],
      [s('calendar.schema.json')]: ['calendar/*.yaml', 'calendar/*.yml'],
      [s('department.schema.json')]: ['departments/*/department.yaml'],
      [s('power.schema.json')]: ['departments/*/powers/**/*.yaml', 'departments/*/powers/**/*.yml'],
    },
    'files.encoding': 'utf8',
    'files.eol': '\n',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** The commands CI runs, in order (the CI files and their test share this list). */
export const CI_COMMANDS = [
  'powers validate',
  'powers deadlines --fail-on overdue',
  'powers publish --out site --internal-out internal',
] as const;

function githubWorkflow(version: string): string {
  return `# powers：每次推送都校验登记册、检查变更期限并生成公开目录
name: 职权目录
on:
  push:
  pull_request:
jobs:
  powers:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # 内网环境请改为安装仓库中保存的安装包，如 npm install --global ./vendor/powers-${version}.tgz
      - run: npm install --global powers@${version}
      - run: ${CI_COMMANDS[0]} --format github
      - run: ${CI_COMMANDS[1]}
      - run: ${CI_COMMANDS[2]}
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: site
`;
}

function gitlabCi(version: string): string {
  return `# powers：每次推送都校验登记册、检查变更期限并生成公开目录
powers:
  image: node:20
  variables:
    GIT_DEPTH: "0"
  script:
    # 内网环境请改为安装仓库中保存的安装包，如 npm install --global ./vendor/powers-${version}.tgz
    - npm install --global powers@${version}
    - ${CI_COMMANDS[0]}
    - ${CI_COMMANDS[1]}
    - ${CI_COMMANDS[2]}
  artifacts:
    paths:
      - site/
`;
}

/** Writes the skeleton into `dir` (created when missing). The caller has checked it may. */
export function initRegistry(dir: string, version: string): InitResult {
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const abs = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    files.push(rel);
  };
  // The schemas first: the headers below point at them.
  for (const file of SCHEMA_FILES) {
    mkdirSync(path.join(dir, '.powers', 'schema'), { recursive: true });
    copyFileSync(path.join(TOOL_SCHEMA_DIR, file), path.join(dir, '.powers', 'schema', file));
    files.push(`.powers/schema/${file}`);
  }
  const withHeader = (rel: string, schema: string, body: string) =>
    write(rel, `${schemaHeader(dir, path.join(dir, ...rel.split('/')), schema)}\n${body}`);
  withHeader('registry.yaml', 'registry.schema.json', REGISTRY_YAML);
  withHeader('laws/法律法规.yaml', 'laws.schema.json', LAWS);
  withHeader('superior/示例市人民政府.yaml', 'superior.schema.json', SUPERIOR);
  withHeader('departments/mzj/department.yaml', 'department.schema.json', DEPARTMENT_YAML);
  const powerRel = `departments/mzj/powers/${String(SKELETON_POWER.code)}.yaml`;
  write(powerRel, newPowerText(SKELETON_POWER, schemaHeader(dir, path.join(dir, ...powerRel.split('/')), 'power.schema.json')));
  write('.gitignore', GITIGNORE);
  write('.vscode/settings.json', vscodeSettings());
  write('.github/workflows/powers.yml', githubWorkflow(version));
  write('.gitlab-ci.yml', gitlabCi(version));
  return { dir, files };
}
