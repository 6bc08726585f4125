/** input messages (zh): file discovery (stray-file), YAML reading, suggestions, duplicate names. */
export const messages: Record<string, string> = {
  'rule.stray-file.title': '未读取的文件',
  'rule.stray-file.description': '看起来是登记册文件、却放在不会被读取的位置的文件：.yaml.txt、powers/ 以外的 YAML、departments/ 中的 Office 文档、符号链接。',
  'rule.duplicate-name.title': '同名职权（复制粘贴）',
  'rule.duplicate-name.description': '同一部门的两项职权名称相同（忽略全半角、空格和标点，括号内的说明保留）：多半是复制文件后忘了改名。',

  // stray-file
  'stray-file.txtSuffix': '文件名以 .txt 结尾（Windows 常隐藏扩展名），不会被当作登记册文件读取：请把它重命名为 {name}',
  'stray-file.outsidePowers': '这个 YAML 文件不在 powers/ 文件夹中，不会被读取：职权文件请移到 departments/{department}/powers/ 下',
  'stray-file.departmentsRoot': 'departments/ 下只放部门文件夹，这个文件不会被读取：职权文件请移到 departments/<部门>/powers/ 下',
  'stray-file.rootYaml': '登记册根目录只读取 registry.yaml，这个文件不会被读取：依据请放 laws/，上级职能放 superior/，职权放 departments/<部门>/powers/',
  'stray-file.unknownFolder': '“{folder}/”不是登记册的文件夹，这个文件不会被读取：请移到 laws/、superior/、calendar/ 或 departments/<部门>/powers/ 下',
  'stray-file.nested': '{folder}/ 的子文件夹中的文件不会被读取：请直接放在 {folder}/ 下',
  'stray-file.departmentName': '部门文件必须命名为 department.yaml，“{name}”不会被读取：请重命名',
  'stray-file.office': 'Office 文档（{ext}）不是登记册文件，不会被读取：职权请逐项登记为 YAML 文件，文档请移出 departments/',
  'stray-file.symlink': '这是一个符号链接（指向 {target}），不会被跟随读取：请把文件本身放在这里',
  'stray-file.symlinkOutside': '这是一个符号链接，指向登记册之外（{target}），不会被跟随读取：请把文件本身复制到登记册中',

  // duplicate-name
  'duplicate-name.sameName': '与本部门的 {first} 同名（“{name}”），可能是复制后忘了修改：请改为本职权的名称，或删除重复的文件',

  // code-format, when the file name it would suggest is taken
  'code-format.fileNameTaken': '文件名“{file}”与编码“{code}”不一致，而 {code}.yaml 已经存在（这个文件可能是复制的副本）：请为本职权改用新的编码并相应命名文件，或删除副本',

  // basis-law: a law cited by its full title
  'basis-law.titleNotId': '“{law}”是法规的全称；依据应写依据库中的编号：law: {suggestion}',

  // suggestions (appended by the engine, see util/suggest.ts)
  'suggest.didYouMean': '。您是不是要写“{suggestion}”？',
  'suggest.choices': '。可选：{choices}',

  // yaml-syntax, where the character at fault is named
  'yaml-syntax.utf16': '文件是 UTF-16 编码（记事本里叫“Unicode”或“Unicode big endian”），不能读取。请用编辑器“另存为”并选择“UTF-8”编码（记事本：编码选 UTF-8；VS Code：右下角点编码→“通过编码保存”→UTF-8）',
  'yaml-syntax.fullWidthColon': '这一行用了全角冒号“：”；字段名后面要用半角冒号加一个空格，例如“name: 慈善信托备案”',
  'yaml-syntax.fullWidthSpace': '这一行的缩进里有全角空格“　”；YAML 只能用半角空格缩进，请把全角空格换成两个半角空格',
  'yaml-syntax.unclosedQuote': '这一行的{quote|quote}没有闭合：请在值的末尾补上{quote|quote}，或去掉开头的{quote|quote}',
  'yaml-syntax.nul': '文件里有空字符（NUL，字节 0x00），请删除（常见于复制粘贴或文件损坏）',
  'yaml-syntax.isFolder': '这是一个文件夹，不是文件：请把它改名或移走，并在这里放一个 YAML 文件',
  'yaml-syntax.noPermission': '没有读取这个文件的权限：请检查文件权限',
  'yaml-syntax.escape': '双引号里的反斜杠“\\”开始了一个无效的转义：要写反斜杠本身请写两个“\\\\”，或把值改用单引号括起来',
  'yaml-syntax.blockScalar': '多行文字（| 或 >）的写法有误：从下一行起，内容要比字段名多缩进两个空格',
  'yaml-syntax.directive': '不支持以 % 开头的 YAML 指令：请删除这一行',
  'yaml-syntax.anchor': '锚点或别名（&、*）的写法有误；登记册文件不需要它们：请删除，或给以 & 或 * 开头的值加引号',
  'yaml-syntax.merge': '合并键“<<”的写法有误；登记册文件不需要它：请把字段逐个写出',
  'schema.numberRange': '{field}的取值“{value}”是一个超出范围的数字，请写正常大小的整数',

  'quote.double': '双引号“\"”',
  'quote.single': '单引号“\'”',
  // the process itself
  'registry.configIsFolder': '{dir} 中的 registry.yaml 是一个文件夹，不是文件：请改名或移走它，并放一个 registry.yaml 文件（用 --registry 指定登记册所在目录）',
  'cli.cwdGone': '当前目录已不存在（可能已被删除或移走）：请先 cd 到一个存在的目录，再运行 powers',
};
