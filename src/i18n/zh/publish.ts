/** publish messages (zh). */
export const messages: Record<string, string> = {
  'publish.description': '发布职权目录：公开目录（site/）、内部公开目录和涉密不宜公开行政权力目录（internal/）',
  'publish.opt.out': '公开目录的输出目录（默认：当前目录下的 site）',
  'publish.opt.internalOut': '内部目录的输出目录（默认：当前目录下的 internal）',
  'publish.opt.force': '登记册有校验错误时仍然发布（每个页面和 manifest.json 都会标注警告）',
  'publish.refused': '登记册有 {errors} 个校验错误，拒绝发布，未写入任何文件。请先运行 powers validate 查看并修正错误；确需发布时可加 --force（页面将标注警告）。',
  'publish.forcedWarning': '警告：登记册有 {errors} 个校验错误，已按 --force 强制发布；每个页面都标注了警告横幅，manifest.json 中 forced 为 true。',
  'publish.done': '已发布：公开目录 {sitePowers} 项职权（{siteFiles} 个文件）→ {site}\n        内部公开目录 {internalPowers} 项、涉密不宜公开目录 {withheld} 项（{internalFiles} 个文件）→ {internal}',
  'publish.commit': '数据版本（git 提交）：{commit}',
  'publish.warnings': '校验警告 {warnings} 个（不影响发布，运行 powers validate 查看）',
  'publish.progress': '正在发布',
  'publish.validating': '正在校验登记册……',
  'publish.targetNotDir': '输出位置 {dir} 已存在且不是目录，拒绝覆盖。请用 --out / --internal-out 指定其他目录。',
  'publish.targetNotOurs': '输出目录 {dir} 不是空目录，也不是 powers 以前发布的结果（没有 manifest.json），拒绝覆盖。请指定一个新目录，或先清空它。',
  'publish.sameOutputs': '公开目录和内部目录的输出位置不能相同或互相包含：{out} 与 {internal}。',
  'publish.outputHoldsRegistry': '输出目录 {dir} 包含登记册 {root}，发布会替换整个目录，拒绝执行。请指定其他输出目录。',
};
