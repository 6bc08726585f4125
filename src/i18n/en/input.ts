/** input messages (en): file discovery (stray-file), YAML reading, suggestions, duplicate names. */
export const messages: Record<string, string> = {
  'rule.stray-file.title': 'Files not read',
  'rule.stray-file.description': 'A file that looks meant for the registry but lies where it is not read: .yaml.txt, YAML outside powers/, office documents in departments/, symbolic links.',
  'rule.duplicate-name.title': 'Same name in one department (copy-paste)',
  'rule.duplicate-name.description': 'Two powers of the same department have the same name (ignoring width, spaces and punctuation; bracketed suffixes kept): usually a copied file whose name was not changed.',

  'stray-file.txtSuffix': 'the file name ends in .txt (Windows often hides extensions), so it is not read as a registry file: rename it to {name}',
  'stray-file.outsidePowers': 'this YAML file is not in a powers/ folder and is not read: move power files into departments/{department}/powers/',
  'stray-file.departmentsRoot': 'departments/ holds department folders only; this file is not read: move power files into departments/<dept>/powers/',
  'stray-file.rootYaml': 'only registry.yaml is read at the registry root; this file is not: laws go in laws/, superior functions in superior/, powers in departments/<dept>/powers/',
  'stray-file.unknownFolder': '"{folder}/" is not a registry folder; this file is not read: move it into laws/, superior/, calendar/ or departments/<dept>/powers/',
  'stray-file.nested': 'files in subfolders of {folder}/ are not read: put them directly in {folder}/',
  'stray-file.departmentName': 'a department file must be named department.yaml; "{name}" is not read: rename it',
  'stray-file.office': 'an office document ({ext}) is not a registry file and is not read: register each power as a YAML file and move documents out of departments/',
  'stray-file.symlink': 'this is a symbolic link (to {target}) and is not followed: put the file itself here',
  'stray-file.symlinkOutside': 'this is a symbolic link pointing outside the registry ({target}) and is not followed: copy the file itself into the registry',

  'duplicate-name.sameName': 'same name as {first} of this department ("{name}"), probably a copy left unchanged: give this power its own name, or delete the duplicate file',

  'code-format.fileNameTaken': 'the file name "{file}" differs from the code "{code}", and {code}.yaml already exists (this file may be a copy): give this power a new code and name the file after it, or delete the copy',

  'basis-law.titleNotId': '"{law}" is the full title of a law; cite it by its id in the library: law: {suggestion}',

  'suggest.didYouMean': '. Did you mean "{suggestion}"?',
  'suggest.choices': '. Known: {choices}',

  'yaml-syntax.utf16': 'the file is UTF-16 (Notepad calls it "Unicode" or "Unicode big endian") and cannot be read. Save it again as UTF-8 (Notepad: Save As, encoding UTF-8; VS Code: click the encoding at the bottom right, "Save with Encoding", UTF-8)',
  'yaml-syntax.fullWidthColon': 'this line uses a full-width colon "："; a field name is followed by an ASCII colon and a space, e.g. "name: 慈善信托备案"',
  'yaml-syntax.fullWidthSpace': 'the indentation of this line contains a full-width space "　"; YAML indents with ASCII spaces only: replace it with two spaces',
  'yaml-syntax.unclosedQuote': 'the {quote|quote} opened on this line is never closed: add the closing {quote|quote} at the end of the value, or remove the opening one',
  'yaml-syntax.nul': 'the file contains a NUL character (byte 0x00): delete it (it comes from pasting or a damaged file)',
  'yaml-syntax.isFolder': 'this is a folder, not a file: rename or move it and put a YAML file here',
  'yaml-syntax.noPermission': 'no permission to read this file: check its permissions',
  'yaml-syntax.escape': 'a backslash "\\" in double quotes starts an invalid escape: write "\\\\" for a backslash, or use single quotes',
  'yaml-syntax.blockScalar': 'a multi-line text (| or >) is malformed: from the next line on, indent its content two spaces more than the key',
  'yaml-syntax.directive': 'YAML directives (lines starting with %) are not supported: delete the line',
  'yaml-syntax.anchor': 'an anchor or alias (&, *) is malformed; registry files do not need them: delete it, or quote a value that starts with & or *',
  'yaml-syntax.merge': 'a merge key "<<" is malformed; registry files do not need it: write the fields out',
  'schema.numberRange': '{field}: "{value}" is a number out of range; write an integer of normal size',

  'quote.double': 'double quote \"',
  'quote.single': 'single quote \'',
  'registry.configIsFolder': 'registry.yaml in {dir} is a folder, not a file: rename or move it and put a registry.yaml file there (use --registry to point at the registry)',
  'cli.cwdGone': 'the current folder no longer exists (deleted or moved): cd into an existing folder and run powers again',
};
