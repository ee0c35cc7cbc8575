// The judged list: queries a visitor types, in Chinese, English or both, each with the pets it should find in the
// seeded catalog. A pet is relevant by what it is (its English breed, species or category), so the list holds for
// a catalog of any size and for pets added later. It chose the Chinese tokenizer (decision 030,
// scripts/search-judged-list.ts) and is a test wherever search runs: the core ranking over the seeded catalog, in
// process and reloaded from its artifact (tests/search/search-judged-list.test.ts), and the monolith's, hybrid's
// and serverless pages and the search function in both page languages (e2e/search-judged-list.spec.ts): each
// query finds its pets in the top 5.

export type JudgedPet = { species: string; breed: string; category: string };

export type JudgedQuery = { q: string; relevant: (pet: JudgedPet) => boolean; why: string };

const breedIs =
  (...breeds: string[]) =>
  (p: JudgedPet) =>
    breeds.includes(p.breed);
const speciesIs =
  (...species: string[]) =>
  (p: JudgedPet) =>
    species.includes(p.species);
const categoryIs = (slug: string) => (p: JudgedPet) => p.category === slug;

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  { q: "猫", relevant: speciesIs("Cat"), why: "species, one character" },
  { q: "狗", relevant: speciesIs("Dog"), why: "species, one character" },
  { q: "金毛", relevant: breedIs("Golden Retriever"), why: "the start of 金毛寻回犬" },
  { q: "猫 布偶", relevant: breedIs("Ragdoll"), why: "species and part of 布偶猫" },
  { q: "小型宠物", relevant: categoryIs("small-pets"), why: "a category name" },
  { q: "retriever 金毛", relevant: breedIs("Golden Retriever"), why: "English and Chinese in one query" },
  { q: "寻回犬", relevant: breedIs("Golden Retriever", "Labrador Retriever"), why: "the end of two breeds" },
  { q: "牧羊犬", relevant: breedIs("Border Collie", "German Shepherd"), why: "the end of two breeds" },
  { q: "鹦鹉", relevant: speciesIs("Budgerigar", "Cockatiel", "Parrot", "Macaw", "Lovebird", "Conure"), why: "in six species" },
  { q: "仓鼠", relevant: speciesIs("Hamster"), why: "species" },
  { q: "兔", relevant: speciesIs("Rabbit"), why: "one character inside 兔子 and the breeds" },
  { q: "观赏鱼", relevant: categoryIs("fish"), why: "a category name" },
  { q: "爬行动物", relevant: categoryIs("reptiles"), why: "a category name" },
  { q: "守宫", relevant: breedIs("Leopard Gecko", "Crested Gecko"), why: "the end of two breeds" },
  { q: "壁虎", relevant: speciesIs("Gecko"), why: "the no-results hint's example" },
  { q: "短毛猫", relevant: breedIs("British Shorthair", "Domestic Shorthair"), why: "the end of two breeds" },
  { q: "柯基", relevant: breedIs("Pembroke Welsh Corgi"), why: "inside 彭布罗克威尔士柯基犬" },
  { q: "锦鲤", relevant: breedIs("Kohaku Koi", "Koi Angelfish"), why: "species, and inside two breeds" },
  { q: "金鱼", relevant: speciesIs("Goldfish"), why: "species, and the end of two breeds" },
  { q: "暹罗", relevant: breedIs("Siamese"), why: "the start of 暹罗猫" },
  { q: "雪纳瑞", relevant: breedIs("Miniature Schnauzer"), why: "the end of 迷你雪纳瑞" },
  { q: "蓝猫", relevant: breedIs("Russian Blue"), why: "the end of 俄罗斯蓝猫" },
  { q: "折耳", relevant: breedIs("Scottish Fold"), why: "inside 苏格兰折耳猫" },
  { q: "垂耳兔", relevant: breedIs("Holland Lop"), why: "the end of 荷兰垂耳兔" },
  { q: "金丝熊", relevant: breedIs("Syrian Hamster"), why: "the start of 金丝熊仓鼠" },
  { q: "神仙鱼", relevant: speciesIs("Angelfish", "Discus"), why: "two species, inside two breeds" },
  { q: "牧羊", relevant: breedIs("Border Collie", "German Shepherd"), why: "inside two breeds" },
  { q: "斗牛犬", relevant: breedIs("French Bulldog"), why: "the end of 法国斗牛犬" },
  { q: "金毛犬", relevant: breedIs("Golden Retriever"), why: "not a piece of 金毛寻回犬, every character is" },
  { q: "英短", relevant: breedIs("British Shorthair"), why: "the usual short name of 英国短毛猫" },
  { q: "德牧", relevant: breedIs("German Shepherd"), why: "the usual short name of 德国牧羊犬" },
  { q: "小宠物", relevant: categoryIs("small-pets"), why: "not a piece of 小型宠物" },
  { q: "golden 寻回犬", relevant: breedIs("Golden Retriever"), why: "English and Chinese in one query" },
  { q: "猫咪 缅因", relevant: breedIs("Maine Coon"), why: "category and part of 缅因猫" },
  { q: "鸟类", relevant: categoryIs("birds"), why: "a category name" },
  { q: "retriever", relevant: breedIs("Golden Retriever", "Labrador Retriever"), why: "English still works" },
  { q: "gecko", relevant: speciesIs("Gecko"), why: "English still works" },
];

/** How many of the top hits must be relevant: all five, or every relevant pet when there are fewer. */
export const JUDGED_DEPTH = 5;
