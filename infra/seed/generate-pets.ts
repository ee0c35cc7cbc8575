// Deterministic pet generation: a seeded faker and a fixed order, so pet N is the same pet on every machine
// and every run (tests and the large-catalog benchmark both rely on stable ids).
import { Faker, en } from "@faker-js/faker";
import { BREEDS, CATEGORIES, NAMED_PETS, PETS_PER_CATEGORY_DEFAULT, RESERVED_NAMES, type BreedSeed } from "./catalog-data";

export type PetSeed = {
  id: number;
  categoryId: number;
  name: string;
  species: string;
  breed: string;
  description: string;
  priceCents: number;
  stock: number;
  featured: boolean;
  /** Fluent emoji icon name for the picture. */
  icon: string;
};

const FAKER_SEED = 20_261_124;

// faker's own pet-name list is short; these extra real pet names keep the default catalog free of repeats.
const EXTRA_NAMES = [
  "Apollo",
  "Bean",
  "Blossom",
  "Bubbles",
  "Clover",
  "Coco",
  "Comet",
  "Cosmo",
  "Dot",
  "Ember",
  "Fig",
  "Flash",
  "Ginger",
  "Hazel",
  "Honey",
  "Indy",
  "Juniper",
  "Kiwi",
  "Luna",
  "Maple",
  "Marble",
  "Midnight",
  "Minnow",
  "Nala",
  "Noodle",
  "Nutmeg",
  "Olive",
  "Opal",
  "Pebble",
  "Pickle",
  "Pip",
  "Pumpkin",
  "Quill",
  "Rio",
  "Rocket",
  "Rosie",
  "Saffron",
  "Sage",
  "Skye",
  "Sparky",
  "Sprout",
  "Sunny",
  "Taco",
  "Tango",
  "Thistle",
  "Tofu",
  "Waffles",
  "Willow",
  "Ziggy",
  "Zorro",
  "Sunflower",
  "Basil",
  "Peanut",
  "Sushi",
  "Nemo",
  "Dory",
  "Kermit",
  "Iggy",
  "Spike",
  "Shelly",
];

const ADJECTIVES = [
  "gentle",
  "playful",
  "curious",
  "cheerful",
  "laid-back",
  "affectionate",
  "bright-eyed",
  "sociable",
  "easy-going",
  "spirited",
  "sweet-natured",
  "confident",
];

const TRAITS: Record<string, readonly string[]> = {
  dogs: [
    "loves long walks and games of fetch",
    "greets everyone at the door with a wagging tail",
    "already knows sit, stay and paw",
    "is happiest curled up at your feet",
    "never says no to a belly rub",
    "is great with children and other dogs",
  ],
  cats: [
    "loves chasing feather toys around the room",
    "starts purring as soon as someone sits down",
    "has claimed every sunny spot in the shop",
    "enjoys a good brush followed by a long nap",
    "is litter trained and wonderfully tidy",
    "will happily supervise your work from the desk",
  ],
  fish: [
    "glides around the tank in a flash of colour",
    "is hardy and perfect for a first aquarium",
    "loves a planted tank with plenty of hiding places",
    "comes to the front of the tank at feeding time",
    "gets along well in a peaceful community tank",
  ],
  birds: [
    "whistles a cheerful tune every morning",
    "is hand-tame and steps up onto a finger",
    "loves swings, bells and bright toys",
    "is already picking up a few words",
    "enjoys company and chatters all day long",
  ],
  reptiles: [
    "is calm and easy to handle",
    "loves basking under a warm lamp",
    "has a healthy appetite and a steady temperament",
    "is captive bred and used to gentle handling",
    "explores the terrarium with endless curiosity",
  ],
  "small-pets": [
    "loves tunnels, hay and a good burrow",
    "comes to say hello whenever the cage opens",
    "is hand-tame and gentle with little hands",
    "enjoys fresh greens and a cosy hideout",
    "is most playful in the evening",
  ],
};

const CLOSERS = [
  "Vet checked and ready for a loving home.",
  "Comes with a starter care guide from our team.",
  "Ready to meet a new family this week.",
  "Ask us about the perfect setup before you bring them home.",
  "A wonderful first pet for a patient, caring owner.",
  "",
];

/** How many pets each category gets: an even split, the first categories taking the remainder. */
export function petsPerCategory(total: number): number[] {
  const n = CATEGORIES.length;
  return CATEGORIES.map((_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

export const DEFAULT_PET_COUNT = PETS_PER_CATEGORY_DEFAULT * CATEGORIES.length;

function isReserved(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED_NAMES.some((r) => lower.startsWith(r));
}

function priceCents(faker: Faker, breed: BreedSeed): number {
  const dollars = faker.number.int({ min: breed.minDollars, max: breed.maxDollars });
  // Shop-style prices: cheap pets end in .99 ($9.99), expensive ones are round ($950, $1,800).
  if (breed.maxDollars < 500) return dollars * 100 - 1;
  return Math.round(dollars / 50) * 50 * 100;
}

function description(faker: Faker, categorySlug: string, name: string, breed: string): string {
  const adjective = faker.helpers.arrayElement(ADJECTIVES);
  const article = /^[aeiou]/i.test(adjective) ? "an" : "a";
  const trait = faker.helpers.arrayElement(TRAITS[categorySlug] ?? TRAITS.dogs!);
  const closer = faker.helpers.arrayElement(CLOSERS);
  return `${name} is ${article} ${adjective} ${breed} who ${trait}.${closer ? ` ${closer}` : ""}`;
}

/**
 * Yields pets in id order, in batches, so a 100k catalog never sits in memory at once.
 * The default catalog (66 pets) uses unique names and a hand-tuned stock mix (a few nearly sold out,
 * two sold out); big catalogs draw stock from a distribution with the same flavour.
 */
export function* generatePets(total: number, batchSize: number): Generator<PetSeed[]> {
  const faker = new Faker({ locale: [en] });
  faker.seed(FAKER_SEED);
  const small = total <= DEFAULT_PET_COUNT * 2;
  const usedNames = new Set<string>(RESERVED_NAMES);
  const namePool = [...new Set([...EXTRA_NAMES, ...faker.definitions.animal.pet_name])].filter((n) => !isReserved(n));

  const pickName = (): string => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const candidate = faker.helpers.arrayElement(namePool);
      if (!small || !usedNames.has(candidate.toLowerCase())) {
        usedNames.add(candidate.toLowerCase());
        return candidate;
      }
    }
    // The pool ran dry for a small catalog: fall back to a human first name, still never a reserved one.
    let name = faker.person.firstName();
    while (isReserved(name) || usedNames.has(name.toLowerCase())) name = faker.person.firstName();
    usedNames.add(name.toLowerCase());
    return name;
  };

  let id = 0;
  let batch: PetSeed[] = [];
  const counts = petsPerCategory(total);
  for (const [categoryIndex, category] of CATEGORIES.entries()) {
    const breeds = BREEDS[category.slug] ?? [];
    // Walk a shuffled breed list so the 11 pets of a small catalog show 11 different breeds.
    let breedOrder = faker.helpers.shuffle([...breeds]);
    const count = counts[categoryIndex] ?? 0;
    for (let j = 0; j < count; j++) {
      if (j > 0 && j % breedOrder.length === 0) breedOrder = faker.helpers.shuffle([...breeds]);
      const named = NAMED_PETS.find((p) => p.category === category.slug && p.index === j);
      const breed = named ? (breeds.find((x) => x.breed === named.breed) ?? breeds[0]!) : breedOrder[j % breedOrder.length]!;
      const name = named ? named.name : pickName();

      let stock: number;
      if (named) stock = named.stock;
      else if (small) {
        // Positions 3 and 7 are nearly sold out; fish and small pets each have one sold-out pet.
        if (j === 3 || j === 7) stock = faker.number.int({ min: 1, max: 3 });
        else if (j === 9 && (category.slug === "fish" || category.slug === "small-pets")) stock = 0;
        else stock = faker.number.int({ min: 4, max: 30 });
      } else {
        const roll = faker.number.float({ min: 0, max: 1 });
        stock = roll < 0.03 ? 0 : roll < 0.13 ? faker.number.int({ min: 1, max: 3 }) : faker.number.int({ min: 4, max: 40 });
      }
      // Always draw the random price and description, even for named pets, so later pets do not shift
      // when a named pet's fixed values change.
      const randomPrice = priceCents(faker, breed);
      const text = description(faker, category.slug, name, breed.breed);

      id += 1;
      batch.push({
        id,
        categoryId: categoryIndex + 1,
        name,
        species: breed.species,
        breed: breed.breed,
        description: text,
        priceCents: named?.priceCents ?? randomPrice,
        stock,
        featured: named?.featured ?? (j === 0 || j === 5),
        icon: breed.icon,
      });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
